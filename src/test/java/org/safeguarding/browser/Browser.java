package org.safeguarding.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.rules.ExternalResource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by Debian's chromedriver through Selenium: one browser per test class. It
 * runs axe-core (from npm) on a page, and saves a screenshot of a failed test in target/browser-screenshots.
 */
public final class Browser extends ExternalResource {
    static final Path PACKAGES = Path.of(System.getProperty("safeguarding.preview-web",
            "target/preview-web/node_modules"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("safeguarding.screenshots",
            "target/browser-screenshots"));
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private ChromeDriver driver;
    private Path profile;

    @Override
    protected void before() throws IOException {
        profile = Files.createTempDirectory("safeguarding-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(executable("CHROMIUM", "/usr/bin/chromium"))
                // As this machine's probe starts it: no sandbox as root, and no calls to Google's services, which
                // a closed network refuses.
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=en-GB", "--window-size=1280,1024",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("CHROMEDRIVER", "/usr/bin/chromedriver"))).build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    protected void after() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static String executable(String variable, String debianPath) {
        String path = System.getenv().getOrDefault(variable, debianPath);
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " is missing: .ci/install-tools installs Debian's chromium and "
                    + "chromium-driver (or set " + variable + ")");
        }
        return path;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    /** Waits up to five seconds for something the page does after a request. */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(5)).until(condition);
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The WCAG 2.1 A and AA rules axe-core finds broken on the current page, as "rule: element" lines. */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        try {
            script(Files.readString(PACKAGES.resolve("axe-core/axe.min.js"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver)
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                        + ".then(function (result) { done(result.violations); });", WCAG_21_AA);
        return violations.stream().flatMap(violation -> ((List<Map<String, Object>>) violation.get("nodes"))
                .stream().map(node -> violation.get("id") + ": " + node.get("html"))).toList();
    }

    /** Saves what the browser showed when a test failed. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
