package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.Rule;
import org.junit.Test;

/**
 * The preview's sign-in, over HTTP with two browsers' cookie jars: each browser is who it signed in as, a form posted
 * from another site (which cannot read the page's token) changes nothing, and a browser can make the preview ask for
 * its password again, as Jira does once WebSudo has expired.
 */
public class PreviewSignInIT {
    private static final String ADMIN_PAGE = "/plugins/servlet/safeguarding/admin/settings";
    private static final String SETTINGS = "/rest/safeguarding/1.0/settings";

    @Rule
    public final Preview preview = new Preview();

    private final HttpClient first = browser();
    private final HttpClient second = browser();

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    public void signIn_shouldChangeWhoOneBrowserIsAndNoOtherBrowser() throws Exception {
        get(first, ADMIN_PAGE);
        get(second, ADMIN_PAGE);

        assertThat(post(first, "/preview/sign-in", "as=worker&token=" + token(first, "/preview/sign-in")), is(302));

        assertThat(get(first, ADMIN_PAGE).statusCode(), is(403));
        assertThat(get(second, ADMIN_PAGE).statusCode(), is(200));
    }

    @Test
    public void signIn_shouldChangeNothingForAFormWithoutThePagesToken() throws Exception {
        get(first, ADMIN_PAGE);

        assertThat(post(first, "/preview/sign-in", "as=worker"), is(403));
        assertThat(post(first, "/preview/sign-in", "as=worker&token=guessed"), is(403));
        assertThat(post(first, "/preview/websudo", "destination=/"), is(403));

        assertThat(get(first, ADMIN_PAGE).statusCode(), is(200));
    }

    @Test
    public void webSudo_shouldAskAgainUntilTheBrowserConfirmsThenGoBackToThePage() throws Exception {
        post(first, "/preview/sign-in", "as=ask-for-password&token=" + token(first, "/preview/sign-in"));

        HttpResponse<String> admin = get(first, ADMIN_PAGE);
        assertThat(admin.statusCode(), is(302));
        String confirmPage = admin.headers().firstValue("Location").orElseThrow();
        assertThat(confirmPage, startsWith("/preview/websudo?destination="));
        assertThat(put(first, SETTINGS, "{}"), is(401));
        assertThat(put(second, SETTINGS, "{}"), is(200));

        HttpResponse<String> confirmed = send(first, HttpRequest.newBuilder(URI.create(preview.url("/preview/websudo")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("destination=" + URLEncoder.encode(ADMIN_PAGE,
                        StandardCharsets.UTF_8) + "&token=" + token(first, confirmPage))));
        assertThat(confirmed.headers().firstValue("Location").orElseThrow(), is(ADMIN_PAGE));
        assertThat(get(first, ADMIN_PAGE).statusCode(), is(200));
        assertThat(put(first, SETTINGS, "{}"), is(200));
    }

    @Test
    public void webSudo_shouldGoBackOnlyToAPageOfThePreview() throws Exception {
        for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example/"}) {
            int status = send(first, HttpRequest.newBuilder(URI.create(preview.url("/preview/websudo")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("destination=" + URLEncoder.encode(elsewhere,
                            StandardCharsets.UTF_8) + "&token=" + token(first, "/preview/websudo")))).statusCode();
            HttpResponse<String> last = get(first, "/preview/websudo?destination="
                    + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8));

            assertThat(elsewhere, status, is(302));
            assertThat(elsewhere, Jsoup.parse(last.body()).selectFirst("input[name=destination]").val(), is("/"));
        }
    }

    @Test
    public void webSudo_shouldGoBackToNoAddressWithAControlCharacterInIt() throws Exception {
        for (String split : new String[] {"/browse/SG-1\r\nSet-Cookie: a=b", "/browse/SG-1\u0000", "/\tbrowse"}) {
            String destination = URLEncoder.encode(split, StandardCharsets.UTF_8);
            HttpResponse<String> confirmed = send(first, HttpRequest.newBuilder(URI.create(preview.url(
                    "/preview/websudo"))).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("destination=" + destination + "&token="
                            + token(first, "/preview/websudo"))));
            HttpResponse<String> page = get(first, "/preview/websudo?destination=" + destination);

            assertThat(split, confirmed.headers().firstValue("Location").orElseThrow(), is("/"));
            assertThat(split, Jsoup.parse(page.body()).selectFirst("input[name=destination]").val(), is("/"));
        }
    }

    @Test
    public void createEditAndTransition_shouldChangeNothingForAFormWithoutThePagesToken() throws Exception {
        post(first, "/preview/sign-in", "as=lead&token=" + token(first, "/preview/sign-in"));
        String before = get(first, "/browse/SG-1").body();

        assertThat(post(first, "/preview/edit", "summary=Raised+from+elsewhere"), is(403));
        assertThat(post(first, "/preview/edit/SG-1", "summary=Changed+from+elsewhere"), is(403));
        assertThat(post(first, "/preview/transition/SG-1", "action=11&token=guessed"), is(403));

        assertThat(get(first, "/").body().contains("Raised from elsewhere"), is(false));
        assertThat(Jsoup.parse(get(first, "/browse/SG-1").body()).selectFirst("#preview-status").text(),
                is(Jsoup.parse(before).selectFirst("#preview-status").text()));
    }

    @Test
    public void createEditAndTransition_shouldGoThroughWithThePagesToken() throws Exception {
        post(first, "/preview/sign-in", "as=lead&token=" + token(first, "/preview/sign-in"));

        assertThat(post(first, "/preview/edit", "summary=Raised+here&token=" + token(first, "/")), is(302));
        assertThat(get(first, "/").body().contains("Raised here"), is(true));
    }

    private String token(HttpClient browser, String page) throws Exception {
        return Jsoup.parse(get(browser, page).body()).selectFirst("input[name=token]").val();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return send(browser, HttpRequest.newBuilder(URI.create(preview.url(path))).GET());
    }

    private int post(HttpClient browser, String path, String form) throws Exception {
        return send(browser, HttpRequest.newBuilder(URI.create(preview.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
    }

    private int put(HttpClient browser, String path, String json) throws Exception {
        return send(browser, HttpRequest.newBuilder(URI.create(preview.url(path)))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)))
                .statusCode();
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
