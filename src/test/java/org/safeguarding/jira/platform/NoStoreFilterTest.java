package org.safeguarding.jira.platform;

import static org.mockito.Mockito.inOrder;

import javax.servlet.FilterChain;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class NoStoreFilterTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;
    @Mock
    private FilterChain chain;

    @Test
    public void doFilter_shouldForbidCopiesBeforeThePageWritesAnything() throws Exception {
        new NoStoreFilter().doFilter(request, response, chain);

        InOrder order = inOrder(response, chain);
        order.verify(response).setHeader("Cache-Control", "no-store");
        order.verify(chain).doFilter(request, response);
    }
}
