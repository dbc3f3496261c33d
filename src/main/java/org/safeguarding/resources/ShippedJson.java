package org.safeguarding.resources;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the data files the app ships, strictly: an unknown field is an error, not a silently lost value, and a
 * missing or broken file says which one.
 */
final class ShippedJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ShippedJson() {
    }

    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = ShippedJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the app is missing its data file " + resource);
            }
            return read(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the data file " + resource + " does not read: " + e.getMessage(), e);
        }
    }

    static <T> T read(InputStream in, Class<T> type) throws IOException {
        return JSON.readValue(in, type);
    }
}
