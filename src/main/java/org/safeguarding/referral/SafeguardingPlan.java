package org.safeguarding.referral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguarding.screening.InputRules;

/**
 * The organisation's safeguarding plan, in the four parts STOP THE TRAFFIK's guidance asks for: what to do for
 * someone who may be vulnerable to trafficking, what to do for someone who may have been trafficked, who the
 * trafficking safeguarding specialists are, and where the plan lives so everyone can find it. Plain text.
 */
public record SafeguardingPlan(String vulnerable, String trafficked, String specialists, String whereItLives) {
    public static final int MAX_PART = 10_000;
    /** The parts by the names clients and forms use, in the order the plan reads. */
    public static final List<String> PARTS = List.of("vulnerable", "trafficked", "specialists", "whereItLives");
    /** A prompt in the template, in square brackets, for the organisation to replace with its own words. */
    private static final Pattern PROMPT = Pattern.compile("\\[[^\\[\\]]+\\]");

    /** The parts' texts in the order of {@link #PARTS}; a part not written is null. */
    public List<String> texts() {
        return Arrays.asList(vulnerable, trafficked, specialists, whereItLives);
    }

    /**
     * The parts that still hold one of the template's bracketed prompts for the organisation's own words (such as
     * "[names, roles, and how to reach each of them …]"): saved, but not yet written. Only the template's own prompts
     * count, so square brackets an organisation writes itself never do.
     */
    public List<String> partsStillPrompting(SafeguardingPlan template) {
        List<String> parts = new ArrayList<>();
        List<String> written = texts();
        List<String> prompting = template.texts();
        for (int i = 0; i < PARTS.size(); i++) {
            String text = written.get(i);
            Matcher prompt = PROMPT.matcher(prompting.get(i) == null ? "" : prompting.get(i));
            while (text != null && prompt.find()) {
                if (text.contains(prompt.group())) {
                    parts.add(PARTS.get(i));
                    break;
                }
            }
        }
        return parts;
    }

    /** Every part must say something, and not run on past what anyone would read. */
    public List<FieldProblem> check() {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> texts = texts();
        for (int i = 0; i < PARTS.size(); i++) {
            String text = texts.get(i);
            if (!InputRules.hasVisibleText(text)) {
                problems.add(new FieldProblem(PARTS.get(i), "safeguarding.plan.error.empty"));
            } else if (text.length() > MAX_PART) {
                problems.add(new FieldProblem(PARTS.get(i), "safeguarding.plan.error.too-long"));
            }
        }
        return problems;
    }
}
