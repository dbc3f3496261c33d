package org.safeguarding.jira.platform;

import org.safeguarding.screening.RiskLevel;

/** The AUI lozenge a risk level is shown in; its words always say the level, the colour only repeats it. */
public final class RiskLozenge {
    private RiskLozenge() {
    }

    public static String of(RiskLevel level) {
        return switch (level) {
            case IMMEDIATE_DANGER, HIGH -> "aui-lozenge-error";
            case MEDIUM -> "aui-lozenge-current";
            case LOW -> "aui-lozenge-success";
            case NOT_ENOUGH_INFORMATION -> "";
        };
    }
}
