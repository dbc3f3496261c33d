package org.safeguarding.jira.sharing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.jira.platform.UserNames;
import org.safeguarding.referral.AgencyShare;
import org.safeguarding.referral.ShareDecision;
import org.safeguarding.screening.Identified;

/**
 * A case's agency and sharing log in words, as its page and the subject-access export show it: each entry's
 * heading (number, day, agency), whether it was shared or a decision not to share, how, what, the basis and
 * conditions, consent or why without, the agency's reference, the record of the decision (why, who decided, whether
 * the person was told, the agreement, urgency), who recorded it and when (the server's time zone), the entry it
 * corrects and what that correction changed, and whether a later one corrects it. Plain strings, booleans and lists,
 * as Jira's Velocity allowlist wants.
 */
public final class AgencyLogEntries {
    /** The words' keys whose labels are not {@code safeguarding.sharing.field.<key>}. */
    private static final Map<String, String> FIELD_LABELS = Map.of("day", "safeguarding.sharing.field.sharedOn",
            "reference", "safeguarding.sharing.field.theirReference");

    private AgencyLogEntries() {
    }

    public static List<Map<String, Object>> shown(List<AgencyShare.Recorded> entries, UserNames names, Texts texts) {
        Set<Long> corrected = AgencyShare.corrected(entries);
        Map<Long, AgencyShare> byId = entries.stream().collect(Collectors.toMap(AgencyShare.Recorded::id,
                AgencyShare.Recorded::share));
        return entries.stream().map(entry -> entry(entry, corrected.contains(entry.id()), entry.share().corrects()
                .map(byId::get), names, texts)).toList();
    }

    private static Map<String, Object> entry(AgencyShare.Recorded entry, boolean corrected,
                                             Optional<AgencyShare> correctedEntry, UserNames names, Texts texts) {
        AgencyShare share = entry.share();
        Map<String, String> words = words(share, texts);
        Map<String, Object> shown = new HashMap<>(words);
        shown.put("id", String.valueOf(entry.id()));
        shown.put("heading", texts.text(share.isShared() ? "safeguarding.sharing.entry.heading"
                : "safeguarding.sharing.entry.heading-not-shared", String.valueOf(entry.id()),
                UkDates.day(share.sharedOn()), words.get("agency")));
        shown.put("shared", share.isShared());
        shown.put("hasDecision", share.decision().isPresent());
        shown.put("urgent", share.decision().filter(ShareDecision::urgent).isPresent());
        shown.put("recordedBy", texts.text("safeguarding.sharing.entry.recorded", names.displayName(entry.recordedBy()),
                UkDates.dayAndTime(entry.recordedAt().atZone(UkClock.ZONE).toLocalDateTime())));
        shown.put("corrects", share.corrects().map(String::valueOf).orElse(""));
        List<String> changes = correctedEntry.map(before -> changes(words(before, texts), words, texts))
                .orElse(List.of());
        shown.put("changes", changes);
        shown.put("hasChanges", !changes.isEmpty());
        shown.put("corrected", corrected);
        return shown;
    }

    /** Each of the entry's values in words, "" where it has none; the keys are those the page shows them under. */
    private static Map<String, String> words(AgencyShare share, Texts texts) {
        Optional<ShareDecision> decision = share.decision();
        String agency = texts.text(share.agency().labelKey());
        Map<String, String> words = new LinkedHashMap<>();
        words.put("agency", share.agencyName() == null || share.agencyName().isBlank() ? agency
                : agency + ": " + share.agencyName());
        words.put("day", UkDates.day(share.sharedOn()));
        words.put("whatShared", share.whatShared());
        words.put("channel", label(share.channel(), texts));
        words.put("basis", label(share.basis(), texts));
        words.put("condition", label(share.condition(), texts));
        words.put("criminalCondition", decision.flatMap(ShareDecision::criminalCondition)
                .map(condition -> label(condition, texts)).orElse(""));
        words.put("consent", consent(share, texts));
        words.put("reference", Objects.toString(share.theirReference(), ""));
        words.put("purpose", text(decision, ShareDecision::purpose));
        words.put("decidedBy", text(decision, ShareDecision::decidedBy));
        words.put("told", decision.map(made -> made.personTold() ? texts.text("safeguarding.sharing.told.yes")
                : texts.text("safeguarding.sharing.told.no", made.notToldBecause())).orElse(""));
        words.put("notSharedBecause", text(decision, ShareDecision::notSharedBecause));
        words.put("agreementReference", text(decision, ShareDecision::agreementReference));
        return words;
    }

    /** With the person's consent or why without; nothing for a decision not to share, which asks no consent. */
    private static String consent(AgencyShare share, Texts texts) {
        if (!share.isShared()) {
            return "";
        }
        return share.withConsent() ? texts.text("safeguarding.sharing.with-consent")
                : texts.text("safeguarding.sharing.without-consent", share.withoutConsentBecause());
    }

    /** What a correction changed, "Lawful basis: was …, now …", in the order the page shows the values. */
    private static List<String> changes(Map<String, String> before, Map<String, String> after, Texts texts) {
        List<String> changes = new ArrayList<>();
        after.forEach((field, now) -> {
            String was = before.get(field);
            if (!now.equals(was)) {
                changes.add(texts.text("safeguarding.sharing.changed", texts.text(FIELD_LABELS.getOrDefault(field,
                        "safeguarding.sharing.field." + field)), orNone(was, texts), orNone(now, texts)));
            }
        });
        return changes;
    }

    private static String orNone(String value, Texts texts) {
        return value.isEmpty() ? texts.text("safeguarding.sharing.changed.none") : value;
    }

    private static String label(Identified value, Texts texts) {
        return value == null ? "" : texts.text(value.labelKey());
    }

    private static String text(Optional<ShareDecision> decision, Function<ShareDecision, String> part) {
        return decision.map(part).orElse("");
    }
}
