package org.safeguarding.resources;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Nation;

public class DefaultDirectoryTest {
    private static final LocalDate CHECKED_ON = LocalDate.of(2026, 12, 7);
    private static final Set<Nation> WHOLE_UK = Set.of();
    private static final Set<Nation> ENGLAND_AND_WALES = Set.of(Nation.ENGLAND, Nation.WALES);

    private final ResourceDirectory directory = DefaultDirectory.load();

    @Test
    public void load_shouldGiveEveryEntryTheDetailsTheRulesWantAndADistinctId() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Resource entry : directory.entries()) {
            ResourceRules.check(entry, CHECKED_ON)
                    .forEach(problem -> problems.add(entry.id() + ": " + problem.field()));
            if (!entry.source().startsWith("https://")) {
                problems.add(entry.id() + ": source is not a secure page");
            }
            if (!ids.add(entry.id())) {
                problems.add(entry.id() + ": id used twice");
            }
        }

        assertThat(problems, empty());
        assertThat(directory.entries(), hasSize(20));
    }

    @Test
    public void load_shouldNeverShipTheLeafletsOutOfDateNumbers() {
        for (Resource entry : directory.entries()) {
            String digits = String.valueOf(entry.phone()).replace(" ", "");
            // 0808 8010 503 is Migrant Help's asylum line, not its trafficking support (reference section 13.3).
            assertThat(entry.id(), digits, not(oneOf("03003038151", "08007832589", "08088010503")));
        }
    }

    @Test
    public void load_shouldGiveEveryCaseTheEmergencyNumbersAHelplineAndSupportInEveryNation() {
        for (Nation nation : Nation.values()) {
            for (boolean child : new boolean[] {false, true}) {
                Set<ResourceCategory> categories = new HashSet<>();
                directory.forCase(Optional.of(nation), child).forEach(entry -> categories.add(entry.category()));
                String which = nation.id() + (child ? ", child" : ", adult");

                assertThat(which, categories, hasItems(ResourceCategory.EMERGENCY,
                        ResourceCategory.ADVICE_AND_REPORTING,
                        child ? ResourceCategory.CHILD_SUPPORT : ResourceCategory.ADULT_SUPPORT));
            }
        }
    }

    /** Who serves where, and on which number, as the reference's sections 13.2 and 13.3 say. */
    @Test
    public void load_shouldScopeEachServiceToTheNationsAndAgesItServes() {
        assertScope("salvation-army-victim-care", ENGLAND_AND_WALES, Audience.ADULTS, "0800 808 3733");
        assertScope("victim-support", ENGLAND_AND_WALES, Audience.EVERYONE, "0808 16 89 111");
        assertScope("child-trafficking-guardians", ENGLAND_AND_WALES, Audience.CHILDREN, "0800 043 4303");
        assertScope("tara", Set.of(Nation.SCOTLAND), Audience.ADULTS, "0141 276 7724");
        assertScope("migrant-help", Set.of(Nation.SCOTLAND), Audience.ADULTS, "0141 884 7900");
        assertScope("victim-support-scotland", Set.of(Nation.SCOTLAND), Audience.EVERYONE, "0800 160 1985");
        assertScope("guardianship-scotland", Set.of(Nation.SCOTLAND), Audience.CHILDREN, null);
        assertScope("belfast-lisburn-womens-aid", Set.of(Nation.NORTHERN_IRELAND), Audience.ADULTS, "028 9066 2385");
        assertScope("migrant-help-northern-ireland", Set.of(Nation.NORTHERN_IRELAND), Audience.ADULTS,
                "028 9244 8449");
        assertScope("domestic-sexual-abuse-helpline-ni", Set.of(Nation.NORTHERN_IRELAND), Audience.EVERYONE,
                "0808 802 1414");
        assertScope("regional-emergency-social-work-ni", Set.of(Nation.NORTHERN_IRELAND), Audience.CHILDREN,
                "028 9504 9999");
        assertScope("independent-guardian-service-ni", Set.of(Nation.NORTHERN_IRELAND), Audience.CHILDREN, null);
        assertScope("nspcc-helpline", WHOLE_UK, Audience.CHILDREN, "0808 800 5000");
        assertScope("childline", WHOLE_UK, Audience.CHILDREN, "0800 1111");
        assertScope("police-emergency", WHOLE_UK, Audience.EVERYONE, "999");
        assertScope("police-non-emergency", WHOLE_UK, Audience.EVERYONE, "101");
        assertScope("forced-marriage-unit", WHOLE_UK, Audience.EVERYONE, "020 7008 0151");
        assertScope("missing-people", WHOLE_UK, Audience.EVERYONE, "116 000");
    }

    /**
     * §14.5: Missing People answers 9am to 11pm, not around the clock; the Forced Marriage Unit in office hours, with
     * no unverified out-of-hours number; Northern Ireland's non-police first responders come before the PSNI, which
     * stays another way in; the Police Scotland trafficking unit is a professionals' line, never a helpline listed for
     * the person; and each entry named in §14.5 cites the service's own site.
     */
    @Test
    public void load_shouldGiveTheHoursAndRoutesTheReferenceGivesAndCiteEachServicesOwnSite() {
        assertThat(entry("missing-people").notes(), containsString("9am to 11pm every day (not 24 hours)"));
        assertThat(entry("forced-marriage-unit").notes(), containsString("Monday to Friday, 9am to 5pm"));
        for (String firstResponder : List.of("belfast-lisburn-womens-aid", "migrant-help-northern-ireland")) {
            assertThat(entry(firstResponder).notes(), containsString("without the police"));
            assertThat(entry(firstResponder).notes(), containsString("never the only one"));
        }
        directory.entries().forEach(each -> assertThat(each.id(), each.phone(), not("0141 532 2723")));
        assertThat(entry("police-emergency").source(), is("https://www.police.uk/"));
        assertThat(entry("victim-support-scotland").source(), is("https://victimsupport.scot/"));
        assertThat(entry("belfast-lisburn-womens-aid").source(), is("https://belfastwomensaid.org.uk/"));
        assertThat(entry("forced-marriage-unit").source(), is("https://www.gov.uk/stop-forced-marriage"));
    }

    private Resource entry(String id) {
        return directory.entries().stream().filter(each -> each.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    public void forCase_shouldOfferEachNationsOwnSupportForAdultsAndChildren() {
        assertSupport(Nation.ENGLAND, false, "salvation-army-victim-care");
        assertSupport(Nation.WALES, false, "salvation-army-victim-care");
        assertSupport(Nation.SCOTLAND, false, "migrant-help", "tara");
        assertSupport(Nation.NORTHERN_IRELAND, false, "belfast-lisburn-womens-aid", "migrant-help-northern-ireland");
        assertSupport(Nation.ENGLAND, true, "child-trafficking-guardians", "childline", "nspcc-helpline");
        assertSupport(Nation.WALES, true, "child-trafficking-guardians", "childline", "nspcc-helpline");
        assertSupport(Nation.SCOTLAND, true, "childline", "guardianship-scotland", "nspcc-helpline");
        assertSupport(Nation.NORTHERN_IRELAND, true, "childline", "independent-guardian-service-ni", "nspcc-helpline",
                "regional-emergency-social-work-ni");
    }

    /** §13.3: TARA (Scotland) and Belfast & Lisburn Women's Aid (Northern Ireland) support women; others go elsewhere. */
    @Test
    public void forCase_shouldOfferTheWomensServicesToWomenAndToAnyoneWhoseGenderIsNotKnownButNotToMen() {
        assertThat(adultSupport(Nation.SCOTLAND, Gender.MALE), contains("migrant-help"));
        assertThat(adultSupport(Nation.SCOTLAND, Gender.FEMALE), contains("migrant-help", "tara"));
        assertThat(adultSupport(Nation.SCOTLAND, Gender.PREFER_NOT_TO_SAY), contains("migrant-help", "tara"));
        assertThat(adultSupport(Nation.NORTHERN_IRELAND, Gender.MALE), contains("migrant-help-northern-ireland"));
        assertThat(adultSupport(Nation.NORTHERN_IRELAND, Gender.FEMALE), contains("belfast-lisburn-womens-aid",
                "migrant-help-northern-ireland"));
        assertThat(adultSupport(Nation.ENGLAND, Gender.MALE), contains("salvation-army-victim-care"));
    }

    private List<String> adultSupport(Nation nation, Gender gender) {
        return directory.forCase(Optional.of(nation), false, Optional.of(gender)).stream()
                .filter(entry -> entry.category() == ResourceCategory.ADULT_SUPPORT).map(Resource::id).sorted()
                .toList();
    }

    @Test
    public void load_shouldLeaveOutTheLabourAbuseLineUntilItsNewOwnerConfirmsIt() {
        directory.entries().forEach(entry -> assertThat(entry.id(), entry.phone(), not("0800 432 0804")));
    }

    private void assertScope(String id, Set<Nation> nations, Audience audience, String phone) {
        Resource entry = directory.entries().stream().filter(candidate -> candidate.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + id));
        assertThat(id, entry.nations(), is(nations));
        assertThat(id, entry.audience(), is(audience));
        assertThat(id, entry.phone(), is(phone));
    }

    private void assertSupport(Nation nation, boolean child, String... expectedIds) {
        List<String> ids = directory.forCase(Optional.of(nation), child).stream()
                .filter(entry -> entry.category() == (child ? ResourceCategory.CHILD_SUPPORT
                        : ResourceCategory.ADULT_SUPPORT))
                .map(Resource::id).sorted().toList();
        assertThat(nation.id() + (child ? ", child" : ", adult"), ids, contains(expectedIds));
    }
}
