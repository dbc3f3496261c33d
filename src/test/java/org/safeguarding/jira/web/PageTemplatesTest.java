package org.safeguarding.jira.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
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

        new PageTemplates(renderer, pageBuilder).render("templates/plan/plan.vm", PageResource.PRINT, Map.of(), out);

        InOrder order = inOrder(resources, renderer);
        order.verify(resources).requireWebResource("org.safeguarding.safeguarding-for-jira:safeguarding-print-resources");
        order.verify(renderer).render(eq("templates/plan/plan.vm"), anyMap(), any(Writer.class));
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
