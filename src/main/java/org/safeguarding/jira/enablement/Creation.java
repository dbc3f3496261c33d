package org.safeguarding.jira.enablement;

import java.util.List;
import org.safeguarding.jira.enablement.EnablementPlan.Reason;
import org.safeguarding.jira.platform.rest.FieldError;

/**
 * What asking for a new project came to: refused for what the admin typed (problems), refused for now (reasons, such
 * as set-up not finished), or made and enabled (the plan Enable followed), with anything that could not be done for it
 * and is left to the admin (unfinished).
 */
public record Creation(List<FieldError> problems, List<Reason> reasons, EnablementPlan enabled,
                       List<Reason> unfinished) {
    public Creation {
        problems = List.copyOf(problems);
        reasons = List.copyOf(reasons);
        unfinished = List.copyOf(unfinished);
    }

    public static Creation refused(List<FieldError> problems) {
        return new Creation(problems, List.of(), null, List.of());
    }

    public static Creation notNow(List<Reason> reasons) {
        return new Creation(List.of(), reasons, null, List.of());
    }

    public static Creation made(EnablementPlan enabled, List<Reason> unfinished) {
        return new Creation(List.of(), List.of(), enabled, unfinished);
    }

    public boolean isMade() {
        return enabled != null;
    }
}
