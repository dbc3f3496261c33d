package org.safeguarding.jira.panel;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.leads.DutyRota;
import org.safeguarding.jira.platform.CurrentUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;

/**
 * Who is on duty for the case's project, where the organisation gives new concerns to a lead on duty, and for a lead
 * of the case the button to go on duty or hand it back. Nothing at all where the organisation does not use it.
 */
@Named
public class LeadOnDutyLine {
    private final DutyRota rota;
    private final CurrentUser currentUser;
    private final Texts texts;
    private final ZoneId zone;

    @Inject
    public LeadOnDutyLine(DutyRota rota, CurrentUser currentUser, Texts texts, Clock clock) {
        this.rota = rota;
        this.currentUser = currentUser;
        this.texts = texts;
        this.zone = clock.getZone();
    }

    /** Puts duty ("" when not used), dutyAction ("take", "hand-back" or "" for someone who does not lead the case). */
    void fill(Map<String, Object> panel, PanelView view) {
        if (!view.settings().assignToLeadOnDuty()) {
            panel.put("duty", "");
            panel.put("dutyAction", "");
            return;
        }
        Optional<DutyRota.Duty> duty = rota.forCase(view.key());
        panel.put("duty", duty.map(this::onDuty).orElse(texts.text("safeguarding.panel.duty.nobody")));
        boolean mine = duty.map(DutyRota.Duty::userKey).equals(currentUser.key());
        panel.put("dutyAction", !view.viewerLeads() ? "" : mine ? "hand-back" : "take");
    }

    private String onDuty(DutyRota.Duty duty) {
        LocalDateTime since = LocalDateTime.ofInstant(duty.since(), zone);
        return texts.text("safeguarding.panel.duty.on", duty.name(), UkDates.time(since.toLocalTime()),
                UkDates.day(since.toLocalDate()));
    }
}
