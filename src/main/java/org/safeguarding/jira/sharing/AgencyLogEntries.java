package org.safeguarding.jira.sharing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.platform.UserNames;
import org.safeguarding.referral.AgencyShare;

/**
 * A case's agency and sharing log in words, as its page and the subject-access export show it: each entry's
 * heading (number, day, agency), how, what, the basis and condition, consent or why without, the agency's reference,
 * who recorded it and when (the server's time zone), the entry it corrects and whether a later one corrects it.
 * Plain strings and booleans, as Jira's Velocity allowlist wants.
 */
public final class AgencyLogEntries {
    private AgencyLogEntries() {
    }

    public static List<Map<String, Object>> shown(List<AgencyShare.Recorded> entries, UserNames names, Texts texts) {
        Set<Long> corrected = AgencyShare.corrected(entries);
        return entries.stream().map(entry -> entry(entry, corrected.contains(entry.id()), names, texts)).toList();
    }

    private static Map<String, Object> entry(AgencyShare.Recorded entry, boolean corrected, UserNames names,
                                             Texts texts) {
        AgencyShare share = entry.share();
        String agency = texts.text(share.agency().labelKey());
        Map<String, Object> shown = new HashMap<>();
        shown.put("id", String.valueOf(entry.id()));
        shown.put("heading", texts.text("safeguarding.sharing.entry.heading", String.valueOf(entry.id()),
                UkDates.day(share.sharedOn()), share.agencyName() == null || share.agencyName().isBlank() ? agency
                        : agency + ": " + share.agencyName()));
        shown.put("channel", texts.text(share.channel().labelKey()));
        shown.put("whatShared", share.whatShared());
        shown.put("basis", texts.text(share.basis().labelKey()));
        shown.put("condition", texts.text(share.condition().labelKey()));
        shown.put("consent", share.withConsent() ? texts.text("safeguarding.sharing.with-consent")
                : texts.text("safeguarding.sharing.without-consent", share.withoutConsentBecause()));
        shown.put("reference", share.theirReference() == null ? "" : share.theirReference());
        shown.put("recordedBy", texts.text("safeguarding.sharing.entry.recorded", names.displayName(entry.recordedBy()),
                UkDates.dayAndTime(entry.recordedAt().atZone(UkClock.ZONE).toLocalDateTime())));
        shown.put("corrects", share.corrects().map(String::valueOf).orElse(""));
        shown.put("corrected", corrected);
        return shown;
    }
}
