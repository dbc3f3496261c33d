package org.safeguarding.resources;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.safeguarding.screening.InputRules;

/**
 * What makes a directory entry fit to show a worker in a hurry: a name, a number people can dial or a secure web
 * address, whom and what it is for, and when and where its details were last checked.
 */
public final class ResourceRules {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> SECURE = Set.of("https");
    private static final Set<String> WEB = Set.of("https", "http");
    /** What starts an address that names its scheme: letters before a colon, no dot (example.org:8080 names none). */
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+-]*:.*", Pattern.DOTALL);

    private ResourceRules() {
    }

    /**
     * An address as people write it, with the https:// that browsers add: www.example.org and example.org/help are
     * https://www.example.org and https://example.org/help. An address that names a scheme is left as it is, to be
     * checked as it is (javascript:, http: and the like are still refused where https is needed).
     */
    public static String withWebScheme(String address) {
        if (address == null || SCHEME.matcher(address.strip()).matches()) {
            return address;
        }
        return "https://" + address.strip();
    }

    public static List<ResourceProblem> check(Resource entry, LocalDate today) {
        List<ResourceProblem> problems = new ArrayList<>();
        if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
            problems.add(ResourceProblem.of("id", "id"));
        }
        if (isBlank(entry.name())) {
            problems.add(ResourceProblem.of("name", "name"));
        }
        if (entry.phone() == null && entry.url() == null) {
            problems.add(ResourceProblem.of("phone", "phone-or-url"));
        }
        if (entry.phone() != null && !InputRules.isPhoneNumber(entry.phone())) {
            problems.add(ResourceProblem.of("phone", "phone"));
        }
        if (entry.url() != null && !isWebAddress(entry.url(), SECURE)) {
            problems.add(ResourceProblem.of("url", "url"));
        }
        if (entry.audience() == null) {
            problems.add(ResourceProblem.of("audience", "audience"));
        }
        if (entry.category() == null) {
            problems.add(ResourceProblem.of("category", "category"));
        }
        if (entry.verifiedOn() == null) {
            problems.add(ResourceProblem.of("verifiedOn", "verified-on"));
        } else if (entry.verifiedOn().isAfter(today)) {
            problems.add(ResourceProblem.of("verifiedOn", "verified-on-future"));
        } else if (!InputRules.isPastDay(entry.verifiedOn(), today)) {
            problems.add(ResourceProblem.of("verifiedOn", "verified-on-too-early"));
        }
        if (isBlank(entry.source())) {
            problems.add(ResourceProblem.of("source", "source"));
        } else if (!isWebAddress(entry.source(), WEB)) {
            problems.add(ResourceProblem.of("source", "source-address"));
        }
        return problems;
    }

    /**
     * The address, when it is safe to draw as a link: a web page (https, or http where a source has no https), never
     * {@code javascript:}, {@code data:} or the like. Checked when an entry is saved, and again when it is drawn, in
     * case the database holds what an older version let through.
     */
    public static Optional<String> linkable(String address) {
        return Optional.ofNullable(address).filter(value -> isWebAddress(value, WEB));
    }

    /**
     * The site a linkable address is on, as people say it (gov.uk, not https://www.gov.uk/government/…): short enough
     * for a table cell, with the whole address behind the link.
     */
    public static Optional<String> siteOf(String address) {
        return linkable(address).map(URI::create).map(URI::getHost).map(host -> host.startsWith("www.")
                ? host.substring(4) : host);
    }

    private static boolean isWebAddress(String url, Set<String> schemes) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isBlank(String text) {
        return !InputRules.hasVisibleText(text);
    }
}
