package org.safeguarding.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The plugin's web resources as its descriptor declares them, served the way Jira serves them
 * ({@code /download/resources/<plugin key>:<web-resource key>/<name>}), with AUI's {@code ajs} answered by AUI from
 * npm. A page's required resources become the stylesheet and script addresses, dependencies first.
 */
final class PluginWebResources {
    static final String DOWNLOAD_PATH = "/download/resources";
    static final String PACKAGES_PATH = "/preview/web";
    private static final String AUI = "com.atlassian.auiplugin:ajs";
    /** AUI's styles, which the preview's own pages use too. */
    static final String AUI_STYLES = PACKAGES_PATH + "/@atlassian/aui/dist/aui/aui-prototyping.css";
    private static final List<String> AUI_FILES = List.of(PACKAGES_PATH + "/jquery/dist/jquery.min.js", AUI_STYLES,
            PACKAGES_PATH + "/@atlassian/aui/dist/aui/aui-prototyping.js");

    private record WebResource(List<String> dependencies, Map<String, String> locationsByName, List<String> contexts,
                               boolean jsI18n) {
    }

    private final String pluginKey;
    private final Map<String, WebResource> byKey = new LinkedHashMap<>();
    private final List<String> dashboardModules;

    PluginWebResources() {
        Element plugin = descriptor();
        pluginKey = plugin.getAttribute("key");
        dashboardModules = texts(plugin, "amd-module");
        NodeList webResources = plugin.getElementsByTagName("web-resource");
        for (int i = 0; i < webResources.getLength(); i++) {
            Element webResource = (Element) webResources.item(i);
            List<String> dependencies = texts(webResource, "dependency");
            Map<String, String> locations = new LinkedHashMap<>();
            NodeList resources = webResource.getElementsByTagName("resource");
            for (int r = 0; r < resources.getLength(); r++) {
                Element resource = (Element) resources.item(r);
                locations.put(resource.getAttribute("name"), resource.getAttribute("location"));
            }
            boolean jsI18n = transformerKeys(webResource).contains("jsI18n");
            byKey.put(pluginKey + ":" + webResource.getAttribute("key"),
                    new WebResource(dependencies, locations, texts(webResource, "context"), jsI18n));
        }
    }

    /** The addresses of every file the required web resources need, each once, dependencies before dependants. */
    List<String> urls(List<String> required) {
        Set<String> urls = new LinkedHashSet<>();
        required.forEach(completeKey -> collect(completeKey, urls));
        return List.copyOf(urls);
    }

    /** The complete keys of the web resources that name the context in a {@code <context>} element. */
    List<String> inContext(String context) {
        return byKey.entrySet().stream().filter(entry -> entry.getValue().contexts().contains(context))
                .map(Map.Entry::getKey).toList();
    }

    /** The AMD module of each {@code <dashboard-item>} the descriptor declares. */
    List<String> dashboardModules() {
        return dashboardModules;
    }

    /** Whether Jira's jsI18n transformer writes the texts into the web resource's scripts as it serves them. */
    boolean translatesScripts(String completeKey) {
        return Optional.ofNullable(byKey.get(completeKey)).map(WebResource::jsI18n).orElse(false);
    }

    /** Where in the plugin's resources a download address points, if it is one of the plugin's web resources. */
    Optional<String> location(String completeKey, String name) {
        return Optional.ofNullable(byKey.get(completeKey)).map(resource -> resource.locationsByName().get(name));
    }

    private void collect(String completeKey, Set<String> urls) {
        if (completeKey.equals(AUI)) {
            urls.addAll(AUI_FILES);
            return;
        }
        WebResource resource = byKey.get(completeKey);
        if (resource == null) {
            throw new IllegalArgumentException("the descriptor declares no web resource " + completeKey);
        }
        resource.dependencies().forEach(dependency -> collect(dependency, urls));
        resource.locationsByName().keySet().forEach(name -> urls.add(DOWNLOAD_PATH + "/" + completeKey + "/" + name));
    }

    private static List<String> transformerKeys(Element webResource) {
        List<String> keys = new ArrayList<>();
        NodeList transformers = webResource.getElementsByTagName("transformer");
        for (int i = 0; i < transformers.getLength(); i++) {
            keys.add(((Element) transformers.item(i)).getAttribute("key"));
        }
        return keys;
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList elements = parent.getElementsByTagName(tag);
        for (int i = 0; i < elements.getLength(); i++) {
            texts.add(elements.item(i).getTextContent().trim());
        }
        return texts;
    }

    private static Element descriptor() {
        try (InputStream in = PluginWebResources.class.getResourceAsStream("/atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath: build the plugin first");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("atlassian-plugin.xml does not parse", e);
        }
    }
}
