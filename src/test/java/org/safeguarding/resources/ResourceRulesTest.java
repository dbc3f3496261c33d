package org.safeguarding.resources;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class ResourceRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    public void check_shouldAcceptACompleteEntry() {
        assertThat(ResourceRules.check(entry("modern-slavery-helpline", "08000 121 700",
                "https://www.modernslaveryhelpline.org"), TODAY), empty());
        assertThat(ResourceRules.check(entry("police-emergency", "999", null), TODAY), empty());
        assertThat(ResourceRules.check(entry("web-only", null, "https://example.org/help"), TODAY), empty());
        assertThat(ResourceRules.check(entry("international", "+44 20 7946 0000", null), TODAY), empty());
    }

    @Test
    public void check_shouldNameTheFieldOfABadIdOrAMissingName() {
        for (String id : new String[] {null, "", "Modern Slavery", "helpline-", "-x"}) {
            assertThat(id, ResourceRules.check(entry(id, "999", null), TODAY), contains(problem("id", "id")));
        }
        Resource unnamed = new Resource("x", " ", "999", null, Set.of(), Audience.EVERYONE,
                ResourceCategory.EMERGENCY, List.of(), TODAY, "https://example.org", null, false);
        assertThat(ResourceRules.check(unnamed, TODAY), contains(problem("name", "name")));
    }

    @Test
    public void check_shouldRefuseANameOrSourceOfCharactersThatDrawNothing() {
        for (String invisible : new String[] {"\u200B", "\u00A0", "\uFEFF", "\u200B \u00A0\uFEFF"}) {
            Resource entry = new Resource("x", invisible, "999", null, Set.of(), Audience.EVERYONE,
                    ResourceCategory.EMERGENCY, List.of(), TODAY, invisible, null, false);

            assertThat(ResourceRules.check(entry, TODAY), contains(problem("name", "name"),
                    problem("source", "source")));
        }
    }

    @Test
    public void check_shouldWantAWayToReachTheService() {
        assertThat(ResourceRules.check(entry("x", null, null), TODAY), contains(problem("phone", "phone-or-url")));
    }

    @Test
    public void check_shouldRefuseANumberPeopleCannotDial() {
        for (String phone : new String[] {"", "call us", "0800-808-3733", "12", "0800  808 3733", "0800 808 3733 ext 2",
            "1234567890123456"}) {
            assertThat(phone, ResourceRules.check(entry("x", phone, null), TODAY), contains(problem("phone", "phone")));
        }
    }

    @Test
    public void check_shouldRefuseAnAddressThatIsNotSecureOrNotAWebAddress() {
        for (String url : new String[] {"http://example.org", "www.example.org", "https://", "javascript:alert(1)",
            "https://exa mple.org"}) {
            assertThat(url, ResourceRules.check(entry("x", null, url), TODAY), contains(problem("url", "url")));
        }
    }

    @Test
    public void check_shouldWantWhomAndWhatItIsForAndWhenAndWhereItWasChecked() {
        Resource bare = new Resource("x", "X", "999", null, Set.of(), null, null, List.of(), null, "", null, false);

        assertThat(ResourceRules.check(bare, TODAY), contains(problem("audience", "audience"),
                problem("category", "category"), problem("verifiedOn", "verified-on"), problem("source", "source")));
    }

    @Test
    public void check_shouldRefuseACheckDateInTheFuture() {
        Resource future = new Resource("x", "X", "999", null, Set.of(), Audience.EVERYONE, ResourceCategory.EMERGENCY,
                List.of(), TODAY.plusDays(1), "https://example.org", null, false);

        assertThat(ResourceRules.check(future, TODAY), contains(problem("verifiedOn", "verified-on-future")));
    }

    @Test
    public void check_shouldRefuseACheckDateBefore1900() {
        Resource ancient = new Resource("x", "X", "999", null, Set.of(), Audience.EVERYONE, ResourceCategory.EMERGENCY,
                List.of(), LocalDate.of(1000, 1, 1), "https://example.org", null, false);

        assertThat(ResourceRules.check(ancient, TODAY), contains(problem("verifiedOn", "verified-on-too-early")));
    }

    static Resource entry(String id, String phone, String url) {
        return new Resource(id, "A service", phone, url, Set.of(), Audience.EVERYONE, ResourceCategory.OTHER_HELP,
                List.of(), TODAY, "https://example.org/source", null, false);
    }

    private static ResourceProblem problem(String field, String message) {
        return new ResourceProblem(field, "safeguarding.resource.error." + message);
    }

    @Test
    public void check_shouldRefuseASourceThatIsNotAWebPageHoweverItIsWritten() {
        for (String hostile : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", " javascript:alert(1)",
            "the council's website"}) {
            assertThat(hostile, ResourceRules.check(withSource(hostile), TODAY),
                    contains(problem("source", "source-address")));
            assertThat(hostile, ResourceRules.linkable(hostile).isPresent(), is(false));
        }
        assertThat(ResourceRules.check(withSource("http://www.example.org/no-https"), TODAY), empty());
        assertThat(ResourceRules.linkable("https://www.gov.uk/").isPresent(), is(true));
    }

    @Test
    public void withWebScheme_shouldAddHttpsToAnAddressWrittenWithoutIt() {
        assertThat(ResourceRules.withWebScheme("www.example.org"), is("https://www.example.org"));
        assertThat(ResourceRules.withWebScheme(" example.org/help "), is("https://example.org/help"));
        assertThat(ResourceRules.withWebScheme("example.org:8443/help"), is("https://example.org:8443/help"));
        assertThat(ResourceRules.withWebScheme("https://example.org"), is("https://example.org"));
        assertThat(ResourceRules.withWebScheme(null), is((String) null));
        assertThat(ResourceRules.check(entry("x", null, ResourceRules.withWebScheme("www.example.org")), TODAY),
                empty());
    }

    @Test
    public void withWebScheme_shouldLeaveEveryOtherSchemeToBeRefused() {
        for (String other : new String[] {"http://www.example.org", "javascript:alert(1)", " JavaScript:alert(1)",
            "java\tscript:alert(1)", "\u200Bjavascript:alert(1)", "mailto:help@example.org", "ftp://example.org",
            "the council's website"}) {
            assertThat(other, ResourceRules.check(entry("x", null, ResourceRules.withWebScheme(other)), TODAY),
                    contains(problem("url", "url")));
        }
    }

    @Test
    public void siteOf_shouldGiveTheSiteOfALinkableAddressAsPeopleSayIt() {
        assertThat(ResourceRules.siteOf("https://www.gov.uk/government/publications/modern-slavery"),
                is(Optional.of("gov.uk")));
        assertThat(ResourceRules.siteOf("http://crimestoppers-uk.org/give-information"),
                is(Optional.of("crimestoppers-uk.org")));
        assertThat(ResourceRules.siteOf("javascript:alert(1)").isPresent(), is(false));
        assertThat(ResourceRules.siteOf(null).isPresent(), is(false));
    }

    private static Resource withSource(String source) {
        return new Resource("x", "A service", "999", null, Set.of(), Audience.EVERYONE, ResourceCategory.EMERGENCY,
                List.of(), TODAY, source, null, false);
    }
}
