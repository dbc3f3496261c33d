package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.util.Optional;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.safeguarding.screening.Nation;

public class AppSettingsRulesTest {
    @Test
    public void check_shouldAcceptTheDefaults() {
        assertThat(AppSettingsRules.check(AppSettings.DEFAULTS), is(empty()));
    }

    @Test
    public void check_shouldAcceptACouncilWithItsLeadsAndRetentionPeriod() {
        assertThat(AppSettingsRules.check(new AppSettings(Set.of(Nation.ENGLAND), true, true, "safeguarding-leads",
                "Safeguarding lead", 6)), is(empty()));
    }

    @Test
    public void check_shouldRefuseTheDutyToNotifyWithoutBeingAFirstResponder() {
        assertThat(AppSettingsRules.check(new AppSettings(Set.of(), false, true, null, null, null)), contains(
                new FieldProblem("dutyToNotify", "safeguarding.settings.error.duty-needs-first-responder")));
    }

    @Test
    public void check_shouldRefuseTheDutyToNotifyForAnOrganisationWorkingOnlyWhereNoneIsInForce() {
        for (Set<Nation> nations : List.of(Set.of(Nation.SCOTLAND), Set.of(Nation.NORTHERN_IRELAND),
                Set.of(Nation.SCOTLAND, Nation.NORTHERN_IRELAND))) {
            assertThat(nations.toString(), AppSettingsRules.check(new AppSettings(nations, true, true, null, null,
                    null)), contains(new FieldProblem("dutyToNotify",
                    "safeguarding.settings.error.duty-england-wales-only")));
        }
        assertThat("a council working in England and Scotland has the duty for its English cases",
                AppSettingsRules.check(new AppSettings(Set.of(Nation.ENGLAND, Nation.SCOTLAND), true, true, null,
                        null, null)), is(empty()));
    }

    @Test
    public void check_shouldRefuseNamesWithSpacesAtTheEndsBlankOrTooLong() {
        assertThat(AppSettingsRules.check(new AppSettings(Set.of(), false, false, " leads", "x".repeat(256), null)),
                contains(new FieldProblem("leadGroup", "safeguarding.settings.error.name"),
                        new FieldProblem("leadProjectRole", "safeguarding.settings.error.name")));
        assertThat(AppSettingsRules.check(new AppSettings(Set.of(), false, false, "  ", null, null)).size(), is(1));
    }

    @Test
    public void check_shouldRefuseNamesOfCharactersThatDrawNothingOrHiddenAtTheEnds() {
        assertThat(AppSettingsRules.check(new AppSettings(Set.of(), false, false, "\u200B", "\u00A0\uFEFF", null)),
                contains(new FieldProblem("leadGroup", "safeguarding.settings.error.name"),
                        new FieldProblem("leadProjectRole", "safeguarding.settings.error.name")));
        assertThat(AppSettingsRules.check(new AppSettings(Set.of(), false, false, "\uFEFFleads", "lead\u00A0", null)),
                contains(new FieldProblem("leadGroup", "safeguarding.settings.error.name"),
                        new FieldProblem("leadProjectRole", "safeguarding.settings.error.name")));
        assertThat(AppSettingsRules.check(new AppSettings(Set.of(), false, false, "safeguarding\u00A0leads", null,
                null)), is(empty()));
    }

    @Test
    public void check_shouldRefuseARetentionPeriodOutsideOneToAHundredYears() {
        for (int years : new int[] {0, -1, 101}) {
            assertThat(AppSettingsRules.check(new AppSettings(Set.of(), false, false, null, null, years)), contains(
                    new FieldProblem("retentionYears", "safeguarding.settings.error.retention-years")));
        }
        assertThat(AppSettingsRules.check(new AppSettings(Set.of(), false, false, null, null, 100)), is(empty()));
    }

    @Test
    public void onlyNation_shouldBeTheNationWhenThereIsOneOnly() {
        assertThat(new AppSettings(Set.of(Nation.SCOTLAND), false, false, null, null, null).onlyNation(),
                is(Optional.of(Nation.SCOTLAND)));
        assertThat(new AppSettings(Set.of(Nation.SCOTLAND, Nation.WALES), false, false, null, null, null)
                .onlyNation(), is(Optional.empty()));
        assertThat(AppSettings.DEFAULTS.onlyNation(), is(Optional.empty()));
    }

    /** An intranet's address may be http; a web address of at most 2,000 characters, with a host. */
    @Test
    public void check_shouldTakeAnHttpOrHttpsPolicyDocumentAddressUpToItsLimitAndNothingElse() {
        String longest = "https://intranet.example/" + "a".repeat(AppSettingsRules.MAX_ADDRESS - 25);

        assertThat(AppSettingsRules.check(withPolicyDocument("http://intranet/apd.pdf")), is(empty()));
        assertThat(AppSettingsRules.check(withPolicyDocument(longest)), is(empty()));
        for (String wrong : List.of(longest + "a", "javascript:alert(1)", "file:///c:/apd.docx", "https:///apd",
                "not an address")) {
            assertThat(wrong, AppSettingsRules.check(withPolicyDocument(wrong)), contains(new FieldProblem(
                    "policyDocument", "safeguarding.settings.error.policy-document")));
        }
    }

    /** Police must be able to dial it: digits and single spaces, one + first (the directory's own rule). */
    @Test
    public void check_shouldTakeACallBackNumberAsPeopleDialItAndNothingElse() {
        for (String number : List.of("0161 496 0000", "+44 161 496 0000", "999")) {
            assertThat(number, AppSettingsRules.check(withContact("Haven", number)), is(empty()));
        }
        for (String wrong : List.of("0161-496-0000", "ring reception", "0161  496", "++44 161", "12", " 0161 496 0000",
                "0".repeat(16))) {
            assertThat(wrong, AppSettingsRules.check(withContact("Haven", wrong)), contains(new FieldProblem(
                    "callBackNumber", "safeguarding.settings.error.call-back-number")));
        }
    }

    @Test
    public void check_shouldRefuseAnOrganisationNameWithSpacesAtItsEndsOrPastItsLimit() {
        assertThat(AppSettingsRules.check(withContact("a".repeat(AppSettingsRules.MAX_NAME), null)), is(empty()));
        for (String wrong : List.of(" Haven", "Haven\u00a0", "a".repeat(AppSettingsRules.MAX_NAME + 1))) {
            assertThat(wrong, AppSettingsRules.check(withContact(wrong, null)), contains(new FieldProblem(
                    "organisationName", "safeguarding.settings.error.organisation-name")));
        }
    }

    private static AppSettings withContact(String name, String number) {
        return new AppSettings(Set.of(), false, false, null, null, null, false, OrganisationType.CHARITY, null, name,
                number);
    }

    private static AppSettings withPolicyDocument(String address) {
        return new AppSettings(Set.of(), false, false, null, null, null, false, OrganisationType.CHARITY, address);
    }
}
