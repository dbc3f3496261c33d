package org.safeguarding.referral;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key each kind of marker is matched by ({@link Marker}); empty where what was typed is not one.
 */
final class MarkerKeys {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** A number written without its country code is taken as a UK one: the app's organisations are in the UK. */
    private static final String HOME_REGION = "GB";
    /** A UK postcode (outward code, then inward code), with or without its space. */
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    /**
     * Marks a name may be written with or without: accents on Latin letters (José, Jose) and Arabic's short vowels.
     * Other scripts' marks stay, where they make another letter (Russian й is not и).
     */
    private static final Pattern MARKS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+|[\\u064B-\\u065F\\u0670]");
    /** Anything but letters and digits, which never tells two names apart. */
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Letters and at least one digit, as every UK plate and nearly every other has: "WHITEVAN" is no plate. */
    private static final Pattern REGISTRATION = Pattern.compile("(?=.*\\p{N})[\\p{L}\\p{N}]{2,10}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.·]+");
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}._-]+");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private MarkerKeys() {
    }

    static Optional<String> of(MarkerKind kind, String shown) {
        return switch (kind) {
            case PHONE -> phone(shown);
            case PLACE -> place(shown);
            case VEHICLE -> registration(shown);
            case NAME -> Optional.of(folded(shown)).filter(name -> !name.isEmpty());
            case ONLINE -> online(shown);
        };
    }

    /** One international form (E.164: +447700900123), however the number was written. */
    private static Optional<String> phone(String shown) {
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(shown, HOME_REGION);
            return PHONES.isPossibleNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /** The address folded as a name is, each UK postcode in it without its space and in capitals. */
    private static Optional<String> place(String shown) {
        Matcher postcodes = POSTCODE.matcher(shown);
        StringBuilder key = new StringBuilder();
        int from = 0;
        while (postcodes.find()) {
            appendWords(key, folded(shown.substring(from, postcodes.start())));
            appendWords(key, (postcodes.group(1) + postcodes.group(2)).toUpperCase(Locale.ROOT));
            from = postcodes.end();
        }
        appendWords(key, folded(shown.substring(from)));
        return Optional.of(key.toString()).filter(place -> !place.isEmpty());
    }

    private static void appendWords(StringBuilder key, String words) {
        if (!words.isEmpty()) {
            key.append(key.length() == 0 ? "" : " ").append(words);
        }
    }

    /** Without spaces, hyphens or dots, in capitals: AB12 CDE, ab12cde and AB-12-CDE are one vehicle. */
    private static Optional<String> registration(String shown) {
        String plate = SEPARATORS.matcher(unmarked(shown)).replaceAll("").toUpperCase(Locale.ROOT);
        return REGISTRATION.matcher(plate).matches() ? Optional.of(plate) : Optional.empty();
    }

    /**
     * A profile's handle in small letters ({@code @name}), or a website's address without its scheme, "www." or a
     * closing slash, its host in small letters: the path and query keep their case, which some sites tell apart.
     */
    private static Optional<String> online(String shown) {
        if (HANDLE.matcher(shown).matches()) {
            return Optional.of(shown.toLowerCase(Locale.ROOT));
        }
        String address = SCHEME.matcher(shown).find() ? shown : "https://" + shown;
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!("http".equals(scheme) || "https".equals(scheme)) || host == null || !host.contains(".")) {
                return Optional.empty();
            }
            String site = host.toLowerCase(Locale.ROOT);
            site = site.startsWith("www.") ? site.substring("www.".length()) : site;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return Optional.of(site + path + query);
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    /**
     * In small letters, without the marks a name may be written with or without, and with every run of anything but
     * letters and digits made one space: José O'Brien and JOSE O BRIEN are one name.
     */
    private static String folded(String text) {
        return BETWEEN_WORDS.matcher(unmarked(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String unmarked(String text) {
        return Normalizer.normalize(MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll(""),
                Normalizer.Form.NFC);
    }
}
