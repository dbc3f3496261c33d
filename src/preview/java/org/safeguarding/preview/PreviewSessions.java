package org.safeguarding.preview;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/** Tells the preview's user whose request it is serving: each browser has its own session, made on its first visit. */
final class PreviewSessions implements Filter {
    private final PreviewUser user;

    PreviewSessions(PreviewUser user) {
        this.user = user;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession http = ((HttpServletRequest) request).getSession(true);
        PreviewSession session;
        synchronized (http) {
            session = (PreviewSession) http.getAttribute(PreviewSession.ATTRIBUTE);
            if (session == null) {
                session = new PreviewSession();
                http.setAttribute(PreviewSession.ATTRIBUTE, session);
            }
        }
        user.serve(session);
        try {
            chain.doFilter(request, response);
        } finally {
            user.served();
        }
    }
}
