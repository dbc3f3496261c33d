// Source: SAL API com.atlassian.sal.api.websudo.WebSudoRequired; shared/reference/jira-platform.md §2.7 [confirmed
// by usage: MyGroovy puts it on every admin REST method]. Marker annotation for REST resources and methods.
package com.atlassian.sal.api.websudo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface WebSudoRequired {
}
