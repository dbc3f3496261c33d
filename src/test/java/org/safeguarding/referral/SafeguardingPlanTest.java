package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import org.junit.Test;

public class SafeguardingPlanTest {
    @Test
    public void check_shouldAcceptAPlanWithEveryPartWritten() {
        assertThat(new SafeguardingPlan("Talk.", "Call.", "Ann Lee.", "Intranet.").check(), is(empty()));
    }

    @Test
    public void check_shouldNameEachPartLeftEmpty() {
        assertThat(new SafeguardingPlan(null, " ", "Ann Lee.", "").check(), contains(
                new FieldProblem("vulnerable", "safeguarding.plan.error.empty"),
                new FieldProblem("trafficked", "safeguarding.plan.error.empty"),
                new FieldProblem("whereItLives", "safeguarding.plan.error.empty")));
    }

    @Test
    public void check_shouldNameEachPartWrittenOnlyWithCharactersThatDrawNothing() {
        assertThat(new SafeguardingPlan("\u200B", "\u00A0", "\uFEFF", "Intranet.").check(), contains(
                new FieldProblem("vulnerable", "safeguarding.plan.error.empty"),
                new FieldProblem("trafficked", "safeguarding.plan.error.empty"),
                new FieldProblem("specialists", "safeguarding.plan.error.empty")));
    }

    @Test
    public void check_shouldRefuseAPartLongerThanTenThousandCharacters() {
        String tooLong = "x".repeat(SafeguardingPlan.MAX_PART + 1);

        assertThat(new SafeguardingPlan("Talk.", "Call.", tooLong, "Intranet.").check(), contains(
                new FieldProblem("specialists", "safeguarding.plan.error.too-long")));
        assertThat(new SafeguardingPlan("x".repeat(SafeguardingPlan.MAX_PART), "Call.", "Ann.", "Here.").check(),
                is(empty()));
    }

    /** A saved plan that kept the template's prompts is not written yet; brackets of the organisation's own are. */
    @Test
    public void partsStillPrompting_shouldNameOnlyThePartsKeepingTheTemplatesBracketedPrompts() {
        SafeguardingPlan template = new SafeguardingPlan("Talk with them.", "Call 999.",
                "Our specialists are: [names, roles, and how to reach them].",
                "This plan is in Jira. [Say where else it is kept.] Everyone reads it.");
        SafeguardingPlan saved = new SafeguardingPlan("Talk with them [privately].", "Call 999.",
                "Our specialists are: Ann Lee, 0113 496 0000.",
                "This plan is in Jira. [Say where else it is kept.] Everyone reads it.");

        assertThat(saved.partsStillPrompting(template), contains("whereItLives"));
        assertThat(template.partsStillPrompting(template), contains("specialists", "whereItLives"));
        assertThat(new SafeguardingPlan("a", "b", "c", null).partsStillPrompting(template), is(empty()));
    }
}
