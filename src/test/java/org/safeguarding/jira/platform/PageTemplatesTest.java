package org.safeguarding.jira.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.plan.PlanServlet;
import org.safeguarding.jira.records.AnonymiseServlet;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

public class PageTemplatesTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private TemplateRenderer renderer;
    @Mock
    private PageBuilderService pageBuilder;
    @Mock
    private WebResourceAssembler assembler;
    @Mock
    private RequiredResources resources;

    @Test
    public void render_shouldRequireThePageResourceBeforeTheTemplateRenders() throws Exception {
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        Writer out = new StringWriter();

        new PageTemplates(renderer, pageBuilder, new SelfCheck(new UkClock()),
                new PropertiesTexts()).render("templates/plan/plan.vm", PageResource.PRINT, Map.of(), out);

        InOrder order = inOrder(resources, renderer);
        order.verify(resources).requireWebResource("org.safeguarding.safeguarding-for-jira:safeguarding-print-resources");
        order.verify(renderer).render(eq("templates/plan/plan.vm"), anyMap(), any(Writer.class));
    }

    @Test
    public void switchedOff_shouldAnswer503WithTheReasonForAPageThatReachesAMissingMember() throws Exception {
        SelfCheck selfCheck = mock(SelfCheck.class);
        HostMember member = new HostMember(HostMember.Kind.METHOD, "com/atlassian/jira/issue/IssueManager",
                "getIssueObject", "(Ljava/lang/String;)Lcom/atlassian/jira/issue/MutableIssue;",
                HostMember.Use.INTERFACE, Set.of("x"));
        when(selfCheck.missingFor(PlanServlet.class)).thenReturn(List.of(new SelfCheck.Found(
                new HostApiCheck.Missing(member, "no such method"), Set.of("x"))));
        PageTemplates pages = new PageTemplates(renderer, pageBuilder, selfCheck, new PropertiesTexts());
        HttpServletResponse response = mock(HttpServletResponse.class);

        assertThat(pages.switchedOff(new AnonymiseServlet(null, null, null, null, null, pages, null), response), is(false));
        verifyNoInteractions(response);
        assertThat(pages.switchedOff(new PlanServlet(null, null, null, null, null, pages, null), response), is(true));
        verify(response).sendError(503, "This part of Safeguarding for Jira is switched off: this Jira lacks "
                + "IssueManager.getIssueObject(String), which it needs. Your Jira administrator can see why under Jira "
                + "compatibility on the app's administration page.");
        verifyNoInteractions(renderer);
    }

    @Test
    public void pageResources_shouldEachBeAWebResourceTheDescriptorDeclares() throws Exception {
        Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of(System.getProperty("basedir", "."), "atlassian-plugin.xml").toFile())
                .getDocumentElement();
        NodeList declared = plugin.getElementsByTagName("web-resource");
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < declared.getLength(); i++) {
            keys.add(((Element) declared.item(i)).getAttribute("key"));
        }

        assertThat(Arrays.stream(PageResource.values()).map(PageResource::key).filter(key -> !keys.contains(key))
                .collect(Collectors.toList()), empty());
    }
}
