package org.safeguarding.jira.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.referral.SafeguardingPlan;

/**
 * The plan as the pages show it: the one an admin saved, or until then the app's template in the reader's language,
 * built on STOP THE TRAFFIK's advice, marked as a template for an admin to make the organisation's own.
 *
 * @param changedOn the day an admin last saved it; null for the template
 */
public record OurPlan(SafeguardingPlan plan, boolean template, LocalDate changedOn) {
    static final String TEMPLATE_KEY = "safeguarding.plan.template.";
    /** The headings of the plan's parts, in the order of {@link SafeguardingPlan#PARTS}. */
    private static final List<String> HEADINGS = List.of("safeguarding.plan.vulnerable",
            "safeguarding.plan.trafficked", "safeguarding.plan.specialists", "safeguarding.plan.whereItLives");

    public static OurPlan of(PlanStore store, Texts texts) {
        return store.read().map(saved -> new OurPlan(saved.plan(), false, saved.on()))
                .orElseGet(() -> new OurPlan(template(texts), true, null));
    }

    /** Each part as the pages show it: its id (as forms and JSON name it), its heading, and its text. */
    public List<Map<String, Object>> parts(Texts texts) {
        List<String> written = plan.texts();
        return IntStream.range(0, written.size()).mapToObj(i -> Map.<String, Object>of("id",
                SafeguardingPlan.PARTS.get(i), "heading", texts.text(HEADINGS.get(i)), "text", written.get(i)))
                .toList();
    }

    /** The headings of the parts of a saved plan that still hold the template's bracketed prompts. */
    public List<String> stillPrompting(Texts texts) {
        return template ? List.of() : plan.partsStillPrompting(template(texts)).stream()
                .map(part -> texts.text(HEADINGS.get(SafeguardingPlan.PARTS.indexOf(part)))).toList();
    }

    static SafeguardingPlan template(Texts texts) {
        return new SafeguardingPlan(texts.text(TEMPLATE_KEY + "vulnerable"), texts.text(TEMPLATE_KEY + "trafficked"),
                texts.text(TEMPLATE_KEY + "specialists"), texts.text(TEMPLATE_KEY + "whereItLives"));
    }
}
