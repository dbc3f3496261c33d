package org.safeguarding.referral;

import java.util.ArrayList;
import java.util.List;

/** What makes the settings sensible, each problem naming the field to put right and how. */
public final class AppSettingsRules {
    public static final int MAX_NAME = 255;
    public static final int MAX_RETENTION_YEARS = 100;

    /** A setting to put right: the field, and an i18n key whose words say how. */
    public record Problem(String field, String messageKey) {
    }

    private AppSettingsRules() {
    }

    public static List<Problem> check(AppSettings settings) {
        List<Problem> problems = new ArrayList<>();
        // The public authorities with the Duty to Notify (police, local authorities, the NCA, the GLAA) are all
        // First Responders; saying one without the other would hide the NRM route from their workers.
        if (settings.dutyToNotify() && !settings.firstResponder()) {
            problems.add(new Problem("dutyToNotify", "safeguarding.settings.error.duty-needs-first-responder"));
        }
        checkName("leadGroup", settings.leadGroup(), problems);
        checkName("leadProjectRole", settings.leadProjectRole(), problems);
        Integer years = settings.retentionYears();
        if (years != null && (years < 1 || years > MAX_RETENTION_YEARS)) {
            problems.add(new Problem("retentionYears", "safeguarding.settings.error.retention-years"));
        }
        return problems;
    }

    private static void checkName(String field, String name, List<Problem> problems) {
        if (name != null && (name.isBlank() || name.length() > MAX_NAME || !name.equals(name.strip()))) {
            problems.add(new Problem(field, "safeguarding.settings.error.name"));
        }
    }
}
