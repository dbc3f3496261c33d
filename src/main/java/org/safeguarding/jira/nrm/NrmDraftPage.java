package org.safeguarding.jira.nrm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkDates;
import org.safeguarding.referral.NrmDraft;
import org.safeguarding.screening.Identified;

/**
 * What {@code templates/nrm/draft.vm} shows of a draft, in words: which form, the steps before it, what the case
 * still has to record, and each of the form's questions with what the case holds. Plain strings, booleans and lists
 * of maps, as Jira's Velocity allowlist wants.
 */
final class NrmDraftPage {
    private NrmDraftPage() {
    }

    static Map<String, Object> context(NrmDraft draft, String caseKey, String produced, Texts texts) {
        List<Map<String, Object>> before = draft.before().stream().map(step -> Map.<String, Object>of(
                "action", texts.text(step.action().labelKey()),
                "reason", texts.text(step.why().reason().labelKey()))).toList();
        List<Map<String, Object>> missing = draft.missing().stream().map(line -> Map.<String, Object>of(
                "label", texts.text(line.labelKey()), "anchor", anchor(line))).toList();
        List<Map<String, Object>> sections = new ArrayList<>();
        for (NrmDraft.Section section : NrmDraft.Section.values()) {
            List<Map<String, Object>> lines = draft.lines().stream().filter(line -> line.section() == section)
                    .map(line -> line(line, texts)).toList();
            sections.add(Map.of("id", section.id(), "title", texts.text(section.labelKey()), "lines", lines));
        }
        return Map.of("caseKey", caseKey, "produced", produced,
                "form", texts.text(draft.form().labelKey()),
                "formAdvice", texts.text(draft.form().labelKey() + ".advice"),
                "before", before, "hasBefore", !before.isEmpty(),
                "missing", missing, "hasMissing", !missing.isEmpty(),
                "missingCount", String.valueOf(missing.size()),
                "sections", sections);
    }

    private static Map<String, Object> line(NrmDraft.Line line, Texts texts) {
        List<Map<String, String>> facts = line.facts().stream().map(fact -> Map.of(
                "question", fact.question().map(question -> texts.text(question.labelKey())).orElse(""),
                "answer", answer(fact, texts),
                "note", fact.question().isPresent() ? fact.text() : "")).toList();
        String status = switch (line.status()) {
            case HELD -> facts.isEmpty() ? texts.text("safeguarding.nrm.none-recorded") : "";
            case MISSING -> texts.text("safeguarding.nrm.missing");
            case NOT_RECORDED_HERE -> texts.text("safeguarding.nrm.not-recorded-here");
        };
        return Map.of("id", anchor(line), "label", texts.text(line.labelKey()),
                "missing", line.status() == NrmDraft.Status.MISSING, "status", status, "noNames", line.noNames(),
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
