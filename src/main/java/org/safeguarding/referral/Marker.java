package org.safeguarding.referral;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A marker as a lead recorded it on a case: its kind, the words as typed (tidied of spaces at the ends), and the key
 * it is matched by. Two markers match only when their kinds and keys are equal: no guessing (issue 34), so the key
 * takes away only what never tells two things apart: spaces and capitals in a postcode or a registration, the form a
 * phone number is written in, accents and case in a name, a website's scheme and "www.".
 */
public record Marker(MarkerKind kind, String shown, String key) {
    /** The most a marker may hold: a line of an address, a profile's link. */
    public static final int MOST_CHARACTERS = 200;

    /** A marker, or what is wrong with what was typed; never both. */
    public record Checked(Optional<Marker> marker, Optional<FieldProblem> problem) {
        static Checked of(Marker marker) {
            return new Checked(Optional.of(marker), Optional.empty());
        }

        static Checked problem(String messageKey) {
            return new Checked(Optional.empty(), Optional.of(new FieldProblem("value", messageKey)));
        }
    }

    /**
     * What markers are matched by where they are stored: a fingerprint of the kind and the key (SHA-256, 64 hex
     * digits), equal exactly when both are, and of one length whatever the script or length of what was typed.
     */
    public String matchKey() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((kind.id() + "\n" + key)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** The marker of this kind for what a lead typed, or the words that say what to put right. */
    public static Checked of(MarkerKind kind, String typed) {
        String shown = typed == null ? "" : typed.strip();
        if (shown.isEmpty()) {
            return Checked.problem("safeguarding.marker.error.empty");
        }
        if (shown.codePointCount(0, shown.length()) > MOST_CHARACTERS) {
            return Checked.problem("safeguarding.marker.error.too-long");
        }
        return MarkerKeys.of(kind, shown).map(key -> Checked.of(new Marker(kind, shown, key)))
                .orElseGet(() -> Checked.problem("safeguarding.marker.error." + kind.id()));
    }
}
