// Source: SAL API com.atlassian.sal.api.websudo.WebSudoManager (@since 2.2), SAL source and CFR decompile via the
// search tool. Subset: the two methods of the documented usage pattern.
package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}
