package org.safeguarding.jira.nrm;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.ScreenTab;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.referral.NrmDraft;
import org.safeguarding.referral.ReferralRecord;
import org.safeguarding.screening.Identified;

/**
 * What {@code templates/nrm/draft.vm} shows of a draft, in words: which form and branch, the steps before it, what
 * the case still has to record and where on this Jira, and each of the form's questions with what the case holds.
 * Plain strings, booleans and lists of maps, as Jira's Velocity allowlist wants.
 */
final class NrmDraftPage {
    /** The case fields a line's answer is recorded in, for the lines no screening question answers. */
    private static final Map<String, List<String>> RECORDED_IN = Map.ofEntries(
            entry("nation", List.of(CaseFields.NATION)),
            entry("under-18-now", List.of(CaseFields.AGE_GROUP, CaseFields.DATE_OF_BIRTH)),
            entry("under-18-during-exploitation", List.of(CaseFields.UNDER_18_DURING_EXPLOITATION)),
            entry("what-keeps-them-there", List.of(CaseFields.SITUATION_NOW)),
            entry("how-they-left", List.of(CaseFields.SITUATION_NOW)),
            entry("why-now", List.of(CaseFields.WHY_NOW)),
            entry("exploitation-types", List.of(CaseFields.EXPLOITATION_TYPES)),
            entry("consent", List.of(CaseFields.CONSENT)),
            entry("best-interests", List.of(CaseFields.BEST_INTERESTS)),
            entry("wants-support", List.of(CaseFields.SUPPORT_NEEDS)),
            entry("date-of-birth", List.of(CaseFields.DATE_OF_BIRTH)),
            entry("gender", List.of(CaseFields.GENDER)),
            entry("nationality", List.of(CaseFields.NATIONALITY)),
            entry("interpreter", List.of(CaseFields.INTERPRETER_NEEDED, CaseFields.LANGUAGE)),
            entry("contact-details", List.of(CaseFields.SAFE_TO_CONTACT)));

    private NrmDraftPage() {
    }

    /**
     * @param caseUrl        the case's own page, where its fields are edited
     * @param firstResponder the First Responder the lead recorded as making the NRM referral, if any
     */
    static Map<String, Object> context(NrmDraft draft, String caseKey, String caseUrl, Optional<String> firstResponder,
                                      ReferralRecord referral, String produced, Texts texts) {
        List<Map<String, Object>> before = draft.before().stream().map(step -> Map.<String, Object>of(
                "action", texts.text(step.action().labelKey()),
                "reason", texts.text(step.why().reason().labelKey()))).toList();
        List<Map<String, Object>> missing = draft.missing().stream().map(line -> Map.<String, Object>of(
                "label", texts.text(line.labelKey()), "anchor", anchor(line),
                "recordIn", recordIn(line, texts))).toList();
        List<Map<String, Object>> sections = new ArrayList<>();
        for (NrmDraft.Section section : NrmDraft.Section.values()) {
            List<Map<String, Object>> lines = draft.lines().stream().filter(line -> line.section() == section)
                    .map(line -> line(line, texts)).toList();
            if (!lines.isEmpty()) {
                sections.add(Map.of("id", section.id(), "title", texts.text(section.labelKey()), "lines", lines));
            }
        }
        return Map.ofEntries(entry("caseKey", caseKey), entry("caseUrl", caseUrl), entry("produced", produced),
                entry("alreadyReferred", alreadyReferred(referral, texts)),
                entry("form", texts.text(draft.form().labelKey())),
                entry("formAdvice", texts.text(draft.form().labelKey() + ".advice")),
                entry("firstResponder", draft.form() == NrmDraft.Form.NRM_THROUGH_FIRST_RESPONDER
                        ? firstResponder.filter(name -> !name.isBlank()).map(name -> texts.text(
                                "safeguarding.nrm.first-responder", name.strip())).orElse("") : ""),
                entry("branch", texts.text(draft.branch().labelKey())),
                entry("account", draft.account().orElse("")), entry("hasAccount", draft.account().isPresent()),
                entry("before", before), entry("hasBefore", !before.isEmpty()),
                entry("missing", missing), entry("hasMissing", !missing.isEmpty()),
                entry("missingCount", String.valueOf(missing.size())),
                entry("sections", sections));
    }

    /** The fields to fill in, by the names and tabs the case's screens show them under. */
    /**
     * What the case says was referred already, on Refer: the routes, the day and the reference, for a lead about to
     * refer again; "" when nothing is referred yet.
     */
    static String alreadyReferred(ReferralRecord referral, Texts texts) {
        if (referral.routes().isEmpty()) {
            return "";
        }
        String routes = referral.routes().stream().sorted().map(route -> texts.text(route.labelKey()))
                .collect(Collectors.joining(", "));
        String referred = referral.referredOn().map(day -> texts.text("safeguarding.nrm.already-referred", routes,
                UkDates.day(day))).orElseGet(() -> texts.text("safeguarding.nrm.already-referred.undated", routes));
        return referral.reference().map(reference -> referred + " " + texts.text(
                "safeguarding.nrm.already-referred.reference", reference)).orElse(referred);
    }

    static String recordIn(NrmDraft.Line line, Texts texts) {
        if (line.id().equals("local-authority-contacted")) {
            // Recorded by a lead: the Refer step's route, or a share in the case's agency and sharing log.
            return texts.text("safeguarding.nrm.record-in.local-authority");
        }
        List<String> keys = line.asks().isEmpty() ? RECORDED_IN.getOrDefault(line.id(), List.of())
                : line.asks().stream().map(CaseFields::questionKey).toList();
        if (keys.isEmpty()) {
            throw new IllegalStateException("No field records the NRM form's line " + line.id());
        }
        Map<ScreenTab, List<String>> byTab = keys.stream().collect(Collectors.groupingBy(
                key -> CaseFields.byKey(key).orElseThrow().tab(), LinkedHashMap::new, Collectors.mapping(
                        key -> texts.text("safeguarding.field." + key + ".name"), Collectors.toList())));
        return byTab.entrySet().stream().map(tab -> texts.text("safeguarding.nrm.record-in.field",
                String.join("; ", tab.getValue()), texts.text(tab.getKey().labelKey())))
                .collect(Collectors.joining("; "));
    }

    private static Map<String, Object> line(NrmDraft.Line line, Texts texts) {
        List<Map<String, String>> facts = line.facts().stream().map(fact -> Map.of(
                "question", fact.question().map(question -> texts.text(question.labelKey())).orElse(""),
                "answer", answer(fact, texts),
                "note", fact.question().isPresent() ? fact.text() : "")).toList();
        String status = switch (line.status()) {
            case HELD -> facts.isEmpty() ? texts.text("safeguarding.nrm.none-recorded") : "";
            case MISSING -> texts.text("safeguarding.nrm.missing", recordIn(line, texts));
            case NOT_RECORDED_HERE -> texts.text("safeguarding.nrm.not-recorded-here");
        };
        return Map.of("id", anchor(line), "label", texts.text(line.labelKey()),
                "missing", line.status() == NrmDraft.Status.MISSING, "status", status,
                "hint", line.status() == NrmDraft.Status.NOT_RECORDED_HERE ? texts.text(line.labelKey() + ".hint")
                        : "",
                "facts", facts, "hasFacts", !facts.isEmpty());
    }

    /** The chosen options in words, then the text (without a question: a nationality, a language), then the day. */
    private static String answer(NrmDraft.Fact fact, Texts texts) {
        Stream<String> values = fact.values().stream().map(Identified::labelKey).map(texts::text);
        Stream<String> text = fact.question().isEmpty() && !fact.text().isBlank() ? Stream.of(fact.text())
                : Stream.empty();
        return Stream.of(values, text, fact.day().map(UkDates::day).stream()).flatMap(parts -> parts)
                .reduce((first, second) -> first + "; " + second).orElse("");
    }

    private static String anchor(NrmDraft.Line line) {
        return "safeguarding-nrm-" + line.id();
    }
}
