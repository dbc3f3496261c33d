package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.safeguarding.jira.platform.rest.RequestSizeLimit;
import org.safeguarding.preview.PreviewUser;

/**
 * The kinds of hostile input issue 14 found, each sent a few thousand times, generated from a fixed seed, to the
 * preview host on localhost: lists and fields built to make errors huge, link schemes that run script, writes not
 * sent as JSON, case keys in every spelling, text that draws nothing and digits of other scripts, methods, addresses
 * and Accept headers the app does not serve, and bodies over the size limit. Every answer must be under 500, every
 * refusal a few kilobytes at most, every refusal of the app's REST API in JSON, and nothing may be saved.
 * {@code -Dsafeguarding.fuzz.seed=N} replays another seed; {@code -Dsafeguarding.fuzz.requests=N} sends N of each kind.
 */
public class HostileInputFuzzIT {
    /** The largest refusal allowed, whatever was sent. */
    private static final int ERROR_BOUND = 8 * 1024;
    private static final int REQUESTS = Integer.getInteger("safeguarding.fuzz.requests", 2000);
    private static final long SEED = Long.getLong("safeguarding.fuzz.seed", 14L);
    private static final String REST = "/rest/safeguarding/1.0/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every write of the API, as method and path; each is refused below, so none may change what is stored. */
    private static final List<String[]> WRITES = List.of(new String[] {"POST", "assessment"},
            new String[] {"PUT", "settings"}, new String[] {"PUT", "plan"}, new String[] {"POST", "resources"},
            new String[] {"PUT", "resources/modern-slavery-helpline"},
            new String[] {"POST", "resources/modern-slavery-helpline/retire"},
            new String[] {"POST", "resources/explanations/sq/review"}, new String[] {"POST", "issue/SG-1/anonymise"},
            new String[] {"POST", "projects/HELP/enablement"}, new String[] {"POST", "setup"},
            new String[] {"POST", "self-check"});
    /** The writes that read a body: a body meant to be refused cannot change what is stored through them. */
    private static final List<String[]> WRITES_WITH_A_BODY = WRITES.stream().filter(write -> !write[1].endsWith(
            "/retire") && !write[1].equals("setup") && !write[1].equals("self-check")).toList();
    /** What every reader of text has to survive: script, invisible characters, other scripts' digits, formulas. */
    private static final List<String> NASTY = List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
            " javascript:alert(1)", "\u200B", "\u00A0", "\uFEFF", "\u200B\u00A0\uFEFF", "=HYPERLINK(\"x\")",
            " \n@SUM(1)", "<script>alert(1)</script>", "'\"><img src=x onerror=alert(1)>", "../../etc/passwd",
            "\u0000", "\uD800", "\u0663", "\uFF17", "1000-01-01", "+999999999-12-31", "-1", "1e9999", "x".repeat(300));
    private static final List<String> FIELDS = List.of("indicatorsSeen", "nations", "barriers", "supportNeeds",
            "safeToContact", "exploitationTypes", "languages", "answers", "notes", "policeDescription", "source",
            "url", "name", "verifiedOn", "retentionYears", "leadGroup", "by", "on", "confirm", "action",
            "vulnerable", "trafficked", "specialists", "whereItLives", "id", "phone", "audience", "category");

    @Rule
    public final Preview preview = new Preview();

    private final HttpClient http = client();
    private final Random random = new Random(SEED);
    private final List<String> findings = new ArrayList<>();

    @Before
    public void signInAsAdmin() {
        // An admin passes every permission check, so the readers themselves meet what is sent.
        preview.signInAs(PreviewUser.Role.ADMIN);
    }

    @Test
    public void hostileInput_shouldNeverFailTheServerOrAnswerAtLengthOrSaveAnything() throws Exception {
        List<JsonNode> before = stored();

        send("error amplification", this::amplified);
        send("dangerous link", this::dangerousLink);
        send("not JSON", this::notJson);
        send("invisible text and foreign digits", this::invisible);
        send("container errors", this::unserved);
        send("oversized", this::oversized, true);
        preview.signInAs(PreviewUser.Role.LEAD);
        send("case keys", this::caseKey);
        send("agency log entries", this::agencyShare);
        JsonNode shares = JSON.readTree(http.send(get(REST + "issue/SG-1/agency-log"),
                HttpResponse.BodyHandlers.ofString()).body());
        preview.signInAs(PreviewUser.Role.ADMIN);

        assertThat(findings, empty());
        assertThat(stored(), equalTo(before));
        assertThat(shares.at("/entries").size(), equalTo(0));
    }

    /** Sends requests of one kind and notes each answer that breaks a rule, with the seed that replays it. */
    private void send(String kind, Supplier<HttpRequest> requests) throws Exception {
        send(kind, requests, false);
    }

    /**
     * @param refusedByClosing whether the server may refuse a request by closing the connection while the client is
     *                         still sending it, as HTTP allows for a body too large (RFC 9110, 413): then only a
     *                         server that stops answering altogether is a finding
     */
    private void send(String kind, Supplier<HttpRequest> requests, boolean refusedByClosing) throws Exception {
        for (int i = 0; i < REQUESTS && findings.size() < 20; i++) {
            HttpRequest request = requests.get();
            String sent = kind + " (seed " + SEED + ", request " + i + "): " + request.method() + " "
                    + shortened(request.uri().toString());
            HttpResponse<String> response;
            try {
                response = answer(request);
            } catch (IOException e) {
                if (!(refusedByClosing || tooLarge(request)) || !stillAnswering()) {
                    findings.add(sent + " got no answer: " + e.getMessage());
                }
                continue;
            }
            int status = response.statusCode();
            String where = sent + " answered " + status;
            boolean write = !request.method().equals("GET") && !request.method().equals("HEAD")
                    && !request.method().equals("OPTIONS");
            if (status >= 500) {
                findings.add(where);
            } else if (status >= 400 && response.body().length() > ERROR_BOUND) {
                findings.add(where + " with " + response.body().length() + " characters");
            } else if (status >= 400 && request.uri().getPath().startsWith(REST) && !response.body().isEmpty()
                    && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
                    && !refusedByTheWebServer(request.uri())) {
                findings.add(where + " not as JSON");
            } else if (write && status < 300) {
                findings.add(where + ": a write meant to be refused was accepted");
            }
        }
    }

    /**
     * Whether the web server refuses the address before the app sees it (an encoded NUL, slash or percent sign, an
     * empty or ".." segment), answering in its own shape, as docs/api.md says.
     */
    private static boolean refusedByTheWebServer(URI uri) {
        String path = uri.getRawPath().toUpperCase(Locale.ROOT);
        return path.contains("%00") || path.contains("%2F") || path.contains("%25") || path.contains("//")
                || path.contains("/../");
    }

    /**
     * The answer to the request. A server may close a kept-alive connection once it has refused a request without
     * reading its body; the client learns it only when it sends the next request on that connection, and sends that
     * one again on a new connection, as browsers do. Only a request that gets no answer on a new connection counts.
     */
    private HttpResponse<String> answer(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedBeforeAnswering) {
            return client().send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Whether the request's body is over the limit, which the server may refuse by closing the connection. */
    private static boolean tooLarge(HttpRequest request) {
        return request.bodyPublisher().map(body -> body.contentLength() > RequestSizeLimit.MOST_BYTES).orElse(false);
    }

    /** Whether the server still answers a plain read, on a new connection. */
    private boolean stillAnswering() throws InterruptedException {
        try {
            return client().send(get(REST + "plan"), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Lists of many bad values, and fields nobody has, on every write that reads a body. */
    private HttpRequest amplified() {
        ObjectNode body = JSON.createObjectNode();
        int fields = 1 + random.nextInt(4);
        for (int i = 0; i < fields; i++) {
            ArrayNode items = body.putArray(FIELDS.get(random.nextInt(FIELDS.size())));
            int count = random.nextInt(10) == 0 ? 5_000 + random.nextInt(15_000) : random.nextInt(50);
            for (int j = 0; j < count; j++) {
                items.add(random.nextInt(4) == 0 ? pick(NASTY) : "x" + (j % 7));
            }
        }
        // Fields nobody has, each its own error unless errors are capped: at the top and inside the objects.
        ObjectNode nested = body.putObject(pick(List.of("answers", "notes", "policeDescription")));
        int unknown = 1 + (random.nextInt(4) == 0 ? random.nextInt(3000) : random.nextInt(20));
        for (int i = 0; i < unknown; i++) {
            (random.nextBoolean() ? body : nested).put("unknown-" + i, "x".repeat(random.nextInt(20)));
        }
        String[] write = pick(WRITES_WITH_A_BODY);
        return json(write[0], REST + write[1], body.toString());
    }

    /** A directory entry that is fine but for an address that would run script where it is drawn as a link. */
    private HttpRequest dangerousLink() {
        ObjectNode entry = entry();
        String scheme = pick(List.of("javascript", "data", "vbscript", "file", "jar"));
        StringBuilder mixed = new StringBuilder();
        for (char letter : scheme.toCharArray()) {
            mixed.append(random.nextBoolean() ? Character.toUpperCase(letter) : letter);
            if (random.nextInt(6) == 0) {
                mixed.append(pick(List.of("\t", "\n", "\r", "\u0000", " ")));
            }
        }
        entry.put(random.nextBoolean() ? "source" : "url", pick(List.of("", " ", "\u200B")) + mixed
                + ":alert(document.cookie)//https://example.org/");
        return random.nextBoolean() ? json("POST", REST + "resources", entry.toString())
                : json("PUT", REST + "resources/modern-slavery-helpline", entry.toString());
    }

    /** A valid body sent as a form, as text, as something else, or with no content type at all. */
    private HttpRequest notJson() {
        String[] write = pick(WRITES);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(REST + write[1]));
        String type = pick(List.of("", "text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "text/html", "application/xml", "application/jsonx", "*/*",
                "application/*", "text/json"));
        if (!type.isEmpty()) {
            request.header("Content-Type", type);
        }
        return request.method(write[0], HttpRequest.BodyPublishers.ofString(entry().toString())).build();
    }

    /** Text that draws nothing where text is required, and numbers and dates no person would mean. */
    private HttpRequest invisible() {
        String blank = pick(List.of("\u200B", "\u00A0", "\uFEFF", "\u200B \u00A0", "\u2060\u200D", "\u3164",
                "\u2800", "\u0301"));
        return switch (random.nextInt(4)) {
            case 0 -> {
                ObjectNode entry = entry();
                entry.put("name", blank);
                yield json("POST", REST + "resources", entry.toString());
            }
            case 1 -> {
                ObjectNode plan = JSON.createObjectNode().put("vulnerable", "Talk.").put("trafficked", "Call 999.")
                        .put("specialists", "Ann.").put("whereItLives", "Intranet.");
                plan.put(pick(List.of("vulnerable", "trafficked", "specialists", "whereItLives")), blank);
                yield json("PUT", REST + "plan", plan.toString());
            }
            case 2 -> {
                // Who is blank, or the day is not one a review happened on, or both: never a valid review.
                boolean blankReviewer = random.nextBoolean();
                String on = blankReviewer && random.nextBoolean() ? "2026-11-20"
                        : pick(List.of("1000-01-01", "0001-01-01", "+10000-01-01", "2026-13-01", "\u0662026-11-20"));
                yield json("POST", REST + "resources/explanations/sq/review", JSON.createObjectNode()
                        .put("by", blankReviewer ? blank : "Arta").put("on", on).toString());
            }
            default -> json("PUT", REST + "settings", JSON.createObjectNode().put("retentionYears",
                    pick(List.of("\u0667", "\u06F7", "\uFF17", "\u0967", "+7", "7.0", "0x7", "1".repeat(12))))
                    .toString());
        };
    }

    /** Methods, addresses and Accept headers the API does not serve. */
    private HttpRequest unserved() {
        String path = pick(List.of("settings", "plan", "resources", "assessment", "setup",
                "resources/explanations", "issue/SG-1/assessment", "nothing-here", "resources/x/y/z", "..%2F..%2F",
                "settings/" + "a".repeat(random.nextInt(1000)), "plan;jsessionid=x", "%00", "issue//assessment"));
        String method = pick(List.of("DELETE", "PATCH", "PROPFIND", "POST", "PUT", "GET"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(REST + path))
                .header("Accept", pick(List.of("text/html", "application/xml", "*/*", "image/png", "application/json")))
                .header("Content-Type", "application/json");
        return request.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{\"x\": [" + "1,".repeat(random.nextInt(100)) + "1]}"))
                .build();
    }

    /**
     * Bodies just over the 256 KB limit. The server refuses them on their declared length without reading them, and
     * may close the connection while the body is still on its way (HostileRequestTest reads the 413 itself, for larger
     * bodies too, and for bodies sent without a length).
     */
    private HttpRequest oversized() {
        String[] write = pick(WRITES);
        int size = 256 * 1024 + 1 + random.nextInt(8 * 1024);
        return json(write[0], REST + write[1], "{\"notes\": \"" + "x".repeat(size) + "\"}");
    }

    /**
     * An entry for SG-1's agency and sharing log, sent by its lead, with one part spoilt so that it must be refused:
     * a value not allowed, a day that is not one or is out of range, nothing visible where words belong, consent
     * that does not hold together, the wrong kind of value, a correction of no entry, a name too long, a stray field.
     */
    private HttpRequest agencyShare() {
        ObjectNode entry = JSON.createObjectNode().put("agency", "police").put("sharedOn", "2026-11-30")
                .put("channel", "phone").put("whatShared", "Where she works").put("basis", "public-task")
                .put("condition", "safeguarding").put("withConsent", true).put("purpose", "Protect her")
                .put("decidedBy", "DSL").put("personTold", true);
        String invisible = pick(List.of("", "\u200B", "\u00A0", "\uFEFF", "\u200B\u00A0\uFEFF", " \n "));
        switch (random.nextInt(15)) {
            case 11 -> entry.put("shared", false).put("notSharedBecause", random.nextBoolean() ? invisible : "Not needed");
            case 12 -> entry.put("personTold", false).put("notToldBecause", invisible);
            case 13 -> {
                if (random.nextBoolean()) {
                    entry.put("criminalCondition", pick(NASTY));
                } else {
                    entry.put(random.nextBoolean() ? "purpose" : "decidedBy", random.nextBoolean() ? invisible
                            : "x".repeat(4001));
                }
            }
            case 0 -> entry.put("agency", pick(NASTY));
            case 1 -> entry.put("channel", pick(NASTY));
            case 2 -> entry.put("basis", pick(NASTY));
            case 3 -> entry.put("condition", pick(NASTY));
            case 4 -> entry.put("sharedOn", pick(List.of("1000-01-01", "+999999999-12-31", "2999-01-01",
                    "30/11/2026", "\u0662\u0660\u0662\u0666-11-30", "1899-12-31", "2026-02-30")));
            case 5 -> entry.put("whatShared", random.nextBoolean() ? invisible : "x".repeat(4001));
            case 6 -> entry.put("withConsent", false).put("withoutConsentBecause", invisible);
            case 7 -> entry.put("basis", "consent").put("withConsent", false).put("withoutConsentBecause", "Risk");
            case 8 -> entry.put("withConsent", pick(List.of("yes", "1", "null")));
            case 9 -> entry.put("corrects", random.nextBoolean() ? 999 : -1);
            case 10 -> entry.put(random.nextBoolean() ? "agencyName" : "theirReference", "x".repeat(201));
            default -> entry.put("unknown-" + random.nextInt(50), pick(NASTY));
        }
        return json("POST", REST + "issue/SG-1/agency-log", entry.toString());
    }

    /** A case's key as typed by anyone: another case, lower case, other scripts, traversal, very long. */
    private HttpRequest caseKey() {
        String key = pick(List.of("sg-1", "SG-404", "SG-1 ", "SG-01", "SG-1\u200B", "ＳＧ-1", "SG-\u0661",
                "SG-1%00", "..%2FSG-1", "SG-" + "9".repeat(random.nextInt(2000)), "SG-1/../SG-2", "%3Cscript%3E",
                "SG-1?x=1", "OLD-1", "-1", ""));
        String encoded = URLEncoder.encode(key, StandardCharsets.UTF_8);
        return switch (random.nextInt(4)) {
            case 0 -> get(REST + "issue/" + key.replace(" ", "%20").replace("\u200B", "%E2%80%8B")
                    .replace("ＳＧ", "%EF%BC%B3%EF%BC%A7").replace("\u0661", "%D9%A1") + "/assessment");
            case 1 -> json("POST", REST + "issue/" + encoded + "/anonymise",
                    JSON.createObjectNode().put("confirm", key).toString());
            case 2 -> get(pick(List.of("/plugins/servlet/safeguarding/handout", "/plugins/servlet/safeguarding/"
                    + "missing-summary", "/plugins/servlet/safeguarding/anonymise")) + "?case=" + encoded);
            default -> get(REST + "issue/" + encoded + "/subject-access");
        };
    }

    /** A complete, valid directory entry, for the fuzzers that spoil one part of it. */
    private static ObjectNode entry() {
        ObjectNode entry = JSON.createObjectNode().put("id", "local-refuge").put("name", "Local refuge")
                .put("phone", "0113 000 0000").put("audience", "adults").put("category", "other-help")
                .put("verifiedOn", "2026-11-20").put("source", "https://example.org/refuge");
        entry.putArray("nations").add("england");
        return entry;
    }

    /** What an admin can read back: the settings, the plan, the directory and the translations' reviews. */
    private List<JsonNode> stored() throws Exception {
        List<JsonNode> stored = new ArrayList<>();
        for (String path : List.of("settings", "plan", "resources", "resources/explanations")) {
            stored.add(JSON.readTree(http.send(get(REST + path), HttpResponse.BodyHandlers.ofString()).body()));
        }
        return stored;
    }

    private HttpRequest json(String method, String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create(preview.url(path));
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String shortened(String text) {
        return text.length() <= 150 ? text : text.substring(0, 150) + "…";
    }
}
