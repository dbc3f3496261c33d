package org.safeguarding.resources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of an English text, which each translation records beside what it translates: when the English
 * changes, the translation no longer matches it and is refused until someone translates the new English. The
 * safeguarding plan's version is its text's fingerprint too, so a changed plan asks everyone to read it again.
 */
public final class TextFingerprint {
    /** Eight hexadecimal digits: enough to tell two versions of one paragraph apart, short enough to copy by hand. */
    private static final int BYTES = 4;

    private TextFingerprint() {
    }

    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
