package org.safeguarding.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * The Marketplace banner, 1120 × 548 px as Atlassian asks, drawn by Chromium from its source
 * (docs/marketplace/banner.html): the app's name, its logo and the listing's tagline. With
 * -Dsafeguarding.docs.update=true it replaces docs/marketplace/banner.png; either way the banner kept there is checked.
 */
public class MarketplaceBannerIT extends BrowserTest {
    private static final Path SOURCE = Path.of("docs/marketplace/banner.html");
    private static final Path BANNER = Path.of("docs/marketplace/banner.png");

    @Test
    public void banner_shouldBeDrawnAtTheSizeTheMarketplaceAsksForWithTheLogoShown() throws IOException {
        BROWSER.driver().manage().window().setSize(new Dimension(1280, 1024));
        BROWSER.driver().get(SOURCE.toAbsolutePath().toUri().toString());

        assertThat("the logo loads", BROWSER.script("return document.querySelector('#banner img').naturalWidth"),
                is(144L));
        assertThat("nothing spills out of the banner", BROWSER.script("var banner = document.getElementById('banner');"
                + "return banner.scrollHeight <= banner.clientHeight && banner.scrollWidth <= banner.clientWidth"),
                is(true));
        byte[] drawn = BROWSER.find("#banner").getScreenshotAs(OutputType.BYTES);
        assertThat(size(drawn), is("1120 × 548"));
        if (Boolean.getBoolean("safeguarding.docs.update")) {
            Files.write(BANNER, drawn);
        }
        assertThat(size(Files.readAllBytes(BANNER)), is("1120 × 548"));
    }

    private static String size(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return image.getWidth() + " × " + image.getHeight();
    }
}
