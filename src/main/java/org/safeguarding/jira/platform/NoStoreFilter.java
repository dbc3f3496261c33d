package org.safeguarding.jira.platform;

import java.io.IOException;
import javax.inject.Named;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

/**
 * Every page and REST answer of the app may hold special-category personal data, so none may be kept by a browser or a
 * proxy: one filter in front of all of them ({@code atlassian-plugin.xml}'s servlet-filter) says so before any page
 * writes, rather than each page remembering to.
 */
@Named
public class NoStoreFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
