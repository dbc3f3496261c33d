package org.safeguarding.jira.missing;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.leads.DutyRota;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.ReferralRecord;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.StatusSteps;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Assessment;
import org.safeguarding.screening.Assessor;
import org.safeguarding.screening.InputRules;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.PoliceDescription;
import org.safeguarding.screening.RiskLevel;
import org.safeguarding.screening.Screening;

/**
 * The lines of the missing-person summary for police: first who the person is as far as the case knows (age, nation,
 * the case's status, how serious and why), then the description in the order police ask for it, each labelled as the
 * case field is, then the referrals and references police can quote, and whom to call back. Every line is shown, "Not recorded" where nothing is, so police know what was never recorded rather
 * than wondering whether a line was left off. Plain strings in maps, as Jira's Velocity allowlist wants.
 */
final class PoliceSummary {
    private PoliceSummary() {
    }

    /** Age, nation, status and how serious it is now and why. */
    static List<Map<String, String>> about(Screening screening, Optional<ReferralStep> status,
                                           Organisation organisation, LocalDate today, Texts texts) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(texts.text(CaseFields.byKey(CaseFields.AGE_GROUP).orElseThrow().nameKey()),
                screening.ageGroup().map(group -> texts.text(group.labelKey())).orElse(null));
        values.put(texts.text(CaseFields.byKey(CaseFields.DATE_OF_BIRTH).orElseThrow().nameKey()),
                screening.dateOfBirth().map(born -> texts.text("safeguarding.missing-summary.born", UkDates.day(born),
                        String.valueOf(Period.between(born, today).getYears()))).orElse(null));
        values.put(texts.text(CaseFields.byKey(CaseFields.NATION).orElseThrow().nameKey()),
                screening.nation().map(nation -> texts.text(nation.labelKey())).orElse(null));
        values.put(texts.text("safeguarding.missing-summary.status"),
                status.map(step -> texts.text(step.labelKey())).orElse(null));
        Assessment assessment = Assessor.assess(screening, organisation, today);
        RiskLevel level = StatusSteps.levelAt(status, assessment);
        String why = assessment.levelReasons().stream().map(finding -> texts.text(finding.reason().labelKey()))
                .collect(Collectors.joining(" "));
        values.put(texts.text("safeguarding.missing-summary.risk"), why.isEmpty() ? texts.text(level.labelKey())
                : texts.text(level.labelKey()) + ". " + why);
        return rows(values, texts);
    }

    /**
     * The description police ask for. The languages they speak are the ones the case records for talking with them
     * when no other is given, with whether an interpreter is needed.
     */
    static List<Map<String, String>> description(Screening screening, Texts texts) {
        PoliceDescription description = screening.policeDescription();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(label(CaseFields.HEIGHT, texts), description.height());
        values.put(label(CaseFields.BUILD, texts), description.build());
        values.put(label(CaseFields.DISTINGUISHING_FEATURES, texts), description.distinguishingFeatures());
        values.put(label(CaseFields.NATIONALITY, texts), description.nationality());
        values.put(label(CaseFields.LANGUAGES_SPOKEN, texts), Optional.ofNullable(description.languagesSpoken())
                .filter(spoken -> !spoken.isBlank()).or(() -> screening.language().map(language ->
                        screening.interpreterNeeded().filter(Answer.YES::equals).isPresent()
                                ? texts.text("safeguarding.missing-summary.interpreter", language) : language))
                .orElse(null));
        values.put(label(CaseFields.LAST_SEEN_WHERE, texts), description.lastSeenWhere());
        values.put(label(CaseFields.LAST_SEEN_WHEN, texts), UkDates.dayAndTime(description.lastSeenWhen()));
        values.put(label(CaseFields.LAST_SEEN_WEARING, texts), description.lastSeenWearing());
        return rows(values, texts);
    }

    /**
     * Where the case was referred and the references police can quote: the routes with the day of the first referral,
     * the referral's reference, and each other agency's reference from the sharing log (a share later corrected is
     * left out, its correction is not).
     */
    static List<Map<String, String>> references(ReferralRecord referral, List<AgencyShare.Recorded> shares,
                                                Texts texts) {
        Map<String, String> values = new LinkedHashMap<>();
        String routes = referral.routes().stream().sorted().map(route -> texts.text(route.labelKey()))
                .collect(Collectors.joining(", "));
        values.put(texts.text("safeguarding.missing-summary.referred-to"), routes.isEmpty() ? null
                : referral.referredOn().map(on -> texts.text("safeguarding.missing-summary.referred-on", routes,
                        UkDates.day(on))).orElse(routes));
        values.put(label(CaseFields.REFERRAL_REFERENCE, texts), referral.reference().orElse(null));
        Set<Long> corrected = AgencyShare.corrected(shares);
        values.put(texts.text("safeguarding.missing-summary.agency-references"), shares.stream()
                .filter(entry -> !corrected.contains(entry.id()) && entry.share().isShared()
                        && InputRules.hasVisibleText(entry.share().theirReference()))
                .map(entry -> texts.text("safeguarding.missing-summary.agency-reference",
                        agencyName(entry.share(), texts), entry.share().theirReference().strip()))
                .distinct().collect(Collectors.joining("; ")));
        return rows(values, texts);
    }

    /** Whom police call back: the organisation, its number, and the lead on duty for the case's project. */
    static List<Map<String, String>> callBack(AppSettings settings, Optional<DutyRota.Duty> duty, Texts texts) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(texts.text("safeguarding.missing-summary.organisation"), settings.organisationName());
        values.put(texts.text("safeguarding.missing-summary.call-back"), settings.callBackNumber());
        values.put(texts.text("safeguarding.missing-summary.lead-on-duty"), duty.map(DutyRota.Duty::name)
                .orElse(null));
        return rows(values, texts);
    }

    private static String agencyName(AgencyShare share, Texts texts) {
        return InputRules.hasVisibleText(share.agencyName()) ? share.agencyName().strip()
                : texts.text(share.agency().labelKey());
    }

    private static String label(String fieldKey, Texts texts) {
        return texts.text(CaseFields.byKey(fieldKey).orElseThrow().nameKey());
    }

    private static List<Map<String, String>> rows(Map<String, String> values, Texts texts) {
        String notRecorded = texts.text("safeguarding.missing-summary.not-recorded");
        List<Map<String, String>> rows = new ArrayList<>();
        values.forEach((label, value) -> rows.add(Map.of("label", label,
                "value", value == null || value.isBlank() ? notRecorded : value.trim())));
        return rows;
    }
}
