package org.safeguarding.jira.platform;

import java.io.IOException;
import java.io.InputStream;
import javax.inject.Named;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * This build's version, as its plugin descriptor gives it to Jira's app manager (the build writes the pom's version
 * there, the one place it is set).
 */
@Named
public class AppVersion {
    static final String DESCRIPTOR = "/atlassian-plugin.xml";
    private final String version = read();

    public String version() {
        return version;
    }

    private static String read() {
        try (InputStream descriptor = AppVersion.class.getResourceAsStream(DESCRIPTOR)) {
            if (descriptor == null) {
                throw new IllegalStateException("the jar has no " + DESCRIPTOR);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList versions = factory.newDocumentBuilder().parse(descriptor).getElementsByTagName("version");
            return versions.item(0).getTextContent().trim();
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the descriptor's version could not be read", e);
        }
    }
}
