package org.safeguarding.preview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One browser's stay in the preview, kept in its servlet session: who it signed in as and whether it confirmed its
 * password (WebSudo), each unset until it chooses, and the token its forms carry. A page on another site can make the
 * browser post a form here, but cannot read the token to put in it, so it cannot switch who the browser is.
 */
final class PreviewSession {
    static final String ATTRIBUTE = PreviewSession.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private volatile PreviewUser.Role role;
    private volatile Boolean passwordConfirmed;

    PreviewSession() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String token() {
        return token;
    }

    /** Whether a form carried this session's token, compared in constant time. */
    boolean carries(String sent) {
        return sent != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    /** Who this browser signed in as; null until it chose. */
    PreviewUser.Role role() {
        return role;
    }

    void signInAs(PreviewUser.Role chosen) {
        role = chosen;
        passwordConfirmed = null;
    }

    /** Whether this browser confirmed its password; null until it did or asked to be asked again. */
    Boolean passwordConfirmed() {
        return passwordConfirmed;
    }

    void passwordConfirmed(boolean confirmed) {
        passwordConfirmed = confirmed;
    }
}
