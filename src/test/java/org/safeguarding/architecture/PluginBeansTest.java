package org.safeguarding.architecture;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.safeguarding.architecture.fixtures.wiring.AsksForNobodysBean;
import org.safeguarding.jira.platform.UkClock;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Jira builds the plugin's beans with Spring from the scanner's index files: each component from its {@code @Inject}
 * constructor, each parameter filled by another component or by a Jira service the imports index names. Spring
 * itself, given the same indexes (Jira's services as mocks), proves every bean and every class the descriptor or the
 * workflow names can be built, so a constructor asking for something nobody provides fails here, not on a
 * customer's Jira at start-up.
 */
public class PluginBeansTest {
    private static final String INDEXES = "META-INF/plugin-components/";
    private static final Path BASE = Path.of(System.getProperty("basedir", "."));

    @Test
    public void everyComponent_shouldBeBuiltFromTheIndexesAndJirasServices() throws Exception {
        List<String> unbuilt = new ArrayList<>();
        try (GenericApplicationContext spring = start(lines("component"), lines("imports"))) {
            for (String line : lines("component")) {
                if (!classOf(line).isInstance(spring.getBean(beanName(line)))) {
                    unbuilt.add(line);
                }
            }
        }
        assertThat(unbuilt, empty());
    }

    @Test
    public void everyClassTheDescriptorOrWorkflowNames_shouldBeBuiltByThePluginsSpring() throws Exception {
        List<String> unbuilt = new ArrayList<>();
        try (GenericApplicationContext spring = start(lines("component"), lines("imports"))) {
            AutowireCapableBeanFactory factory = spring.getAutowireCapableBeanFactory();
            for (String name : moduleClasses()) {
                try {
                    factory.createBean(Class.forName(name), AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
                } catch (BeansException e) {
                    unbuilt.add(name + ": " + e.getMostSpecificCause().getMessage());
                }
            }
        }
        assertThat(unbuilt, empty());
    }

    /** The app has one clock, the UK's, and every date-taking class is given it. */
    @Test
    public void clock_shouldBeTheOneUkClock() throws Exception {
        try (GenericApplicationContext spring = start(lines("component"), lines("imports"))) {
            assertThat(spring.getBean(Clock.class), instanceOf(UkClock.class));
        }
    }

    @Test
    public void start_shouldNameTheBeanAndTheTypeNobodyProvides() {
        BeansException refused = assertThrows(BeansException.class,
                () -> start(List.of(AsksForNobodysBean.class.getName()), List.of()).close());

        assertThat(refused.getMessage(), allOf(containsString("asksForNobodysBean"),
                containsString("java.util.concurrent.Executor")));
    }

    /** Spring as the scanner sets it up: annotation processing on, the imports as Jira's services, then each bean. */
    private static GenericApplicationContext start(List<String> components, List<String> imports)
            throws ClassNotFoundException {
        GenericApplicationContext spring = new GenericApplicationContext();
        AnnotationConfigUtils.registerAnnotationConfigProcessors(spring);
        for (String line : imports) {
            Class<Object> service = classOf(line);
            spring.registerBean(beanName(line), service, () -> mock(service));
        }
        for (String line : components) {
            spring.registerBean(beanName(line), classOf(line));
        }
        spring.refresh();
        return spring;
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> classOf(String line) throws ClassNotFoundException {
        return (Class<Object>) Class.forName(line.split("#")[0]);
    }

    /** The scanner's rule: the name after '#', or the simple name with its first letter in lower case. */
    private static String beanName(String line) {
        String[] parts = line.split("#");
        if (parts.length > 1) {
            return parts[1];
        }
        String simple = parts[0].substring(parts[0].lastIndexOf('.') + 1);
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private static List<String> lines(String index) throws IOException {
        try (InputStream in = PluginBeansTest.class.getClassLoader().getResourceAsStream(INDEXES + index)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        }
    }

    /** The app's classes named in atlassian-plugin.xml's class attributes and the workflow's class.name arguments. */
    private static Set<String> moduleClasses() throws Exception {
        Set<String> names = new TreeSet<>();
        NodeList all = parse(BASE.resolve("atlassian-plugin.xml")).getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            names.add(((Element) all.item(i)).getAttribute("class"));
        }
        NodeList args = parse(BASE.resolve("src/main/resources/workflow/safeguarding-referral.xml"))
                .getElementsByTagName("arg");
        for (int i = 0; i < args.getLength(); i++) {
            Element arg = (Element) args.item(i);
            if (arg.getAttribute("name").equals("class.name")) {
                names.add(arg.getTextContent().strip());
            }
        }
        names.removeIf(name -> !name.startsWith("org.safeguarding."));
        return names;
    }

    private static org.w3c.dom.Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
