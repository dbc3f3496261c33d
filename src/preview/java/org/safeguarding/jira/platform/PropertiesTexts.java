package org.safeguarding.jira.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/** Our English texts straight from the plugin's properties file, formatted as Jira formats them. */
public final class PropertiesTexts implements Texts {
    private final Properties messages = new Properties();

    public PropertiesTexts() {
        try (Reader reader = new InputStreamReader(PropertiesTexts.class.getResourceAsStream(
                "/i18n/safeguarding.properties"), StandardCharsets.UTF_8)) {
            messages.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String text(String key, Serializable... arguments) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("i18n key " + key + " is not defined");
        }
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, (Object[]) arguments);
    }
}
