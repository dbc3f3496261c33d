package org.safeguarding.referral;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.safeguarding.screening.InputRules;
import org.safeguarding.screening.Nation;

/** What makes the settings sensible, each problem naming the field to put right and how. */
public final class AppSettingsRules {
    public static final int MAX_NAME = 255;
    public static final int MAX_RETENTION_YEARS = 100;
    /** Ten years: longer than any refresher period a training course sets. */
    public static final int MAX_REFRESHER_MONTHS = 120;
    public static final int MAX_ADDRESS = 2000;

    private AppSettingsRules() {
    }

    public static List<FieldProblem> check(AppSettings settings) {
        List<FieldProblem> problems = new ArrayList<>();
        // The public authorities with the Duty to Notify (police, local authorities, the NCA, the GLAA) are all
        // First Responders; saying one without the other would hide the NRM route from their workers.
        if (settings.dutyToNotify() && !settings.firstResponder()) {
            problems.add(new FieldProblem("dutyToNotify", "safeguarding.settings.error.duty-needs-first-responder"));
        }
        // The duty binds public authorities in England and Wales only: none is in force in Scotland or Northern
        // Ireland (Modern Slavery Act 2015 s52; domain reference §13.1).
        if (settings.dutyToNotify() && !settings.nations().isEmpty()
                && settings.nations().stream().noneMatch(Nation::hasDutyToNotify)) {
            problems.add(new FieldProblem("dutyToNotify", "safeguarding.settings.error.duty-england-wales-only"));
        }
        checkName("leadGroup", settings.leadGroup(), "safeguarding.settings.error.name", problems);
        checkName("leadProjectRole", settings.leadProjectRole(), "safeguarding.settings.error.name", problems);
        checkName("organisationName", settings.organisationName(), "safeguarding.settings.error.organisation-name",
                problems);
        if (settings.callBackNumber() != null && !InputRules.isPhoneNumber(settings.callBackNumber())) {
            problems.add(new FieldProblem("callBackNumber", "safeguarding.settings.error.call-back-number"));
        }
        Integer years = settings.retentionYears();
        if (years != null && (years < 1 || years > MAX_RETENTION_YEARS)) {
            problems.add(new FieldProblem("retentionYears", "safeguarding.settings.error.retention-years"));
        }
        Integer months = settings.trainingRefresherMonths();
        if (months != null && (months < 1 || months > MAX_REFRESHER_MONTHS)) {
            problems.add(new FieldProblem("trainingRefresherMonths", "safeguarding.settings.error.refresher-months"));
        }
        Integer kept = settings.staffRecordsMonths();
        if (kept != null && (kept < 1 || kept > MAX_REFRESHER_MONTHS)) {
            problems.add(new FieldProblem("staffRecordsMonths", "safeguarding.settings.error.staff-records-months"));
        }
        if (settings.policyDocument() != null && !isWebAddress(settings.policyDocument())) {
            problems.add(new FieldProblem("policyDocument", "safeguarding.settings.error.policy-document"));
        }
        return problems;
    }

    /** An http or https address with a host: an intranet's page may be either. */
    private static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && address.length() <= MAX_ADDRESS;
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static void checkName(String field, String name, String errorKey, List<FieldProblem> problems) {
        if (name != null && (!InputRules.hasVisibleEnds(name) || name.length() > MAX_NAME)) {
            problems.add(new FieldProblem(field, errorKey));
        }
    }
}
