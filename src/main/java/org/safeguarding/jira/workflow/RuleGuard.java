package org.safeguarding.jira.workflow;

import com.opensymphony.workflow.InvalidInputException;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.safeguarding.jira.platform.SelfCheck;
import org.safeguarding.jira.platform.SelfCheckWords;
import org.safeguarding.jira.platform.Texts;

/**
 * Switches off a workflow rule that would reach a part of Jira's API this Jira lacks (the self-check says which): a
 * validator or post-function refuses the transition with the reason, in words, instead of failing halfway with a
 * linkage error; a condition hides the transition. Every other rule runs as usual.
 */
@Named
public class RuleGuard {
    private final SelfCheck selfCheck;
    private final Texts texts;

    @Inject
    public RuleGuard(SelfCheck selfCheck, Texts texts) {
        this.selfCheck = selfCheck;
        this.texts = texts;
    }

    /** @throws InvalidInputException saying the rule is switched off, and why */
    void check(Object rule) throws InvalidInputException {
        Optional<String> why = SelfCheckWords.switchedOff(selfCheck.missingFor(rule.getClass()), texts);
        if (why.isPresent()) {
            InvalidInputException switchedOff = new InvalidInputException();
            switchedOff.addError(why.get());
            throw switchedOff;
        }
    }

    /** Whether a condition may run: it is not switched off. */
    boolean allows(Object rule) {
        return selfCheck.missingFor(rule.getClass()).isEmpty();
    }
}
