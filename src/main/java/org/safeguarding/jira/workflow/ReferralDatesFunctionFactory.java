package org.safeguarding.jira.workflow;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The workflow editor's side of {@link ReferralDatesFunction}: the admin picks the moment the transition marks, a
 * referral or a positive reasonable-grounds decision, and the view says which dates it sets.
 */
public class ReferralDatesFunctionFactory extends AbstractWorkflowPluginFactory
        implements WorkflowPluginFunctionFactory {
    static final List<String> MOMENTS = List.of(ReferralDatesFunction.REFERRAL,
            ReferralDatesFunction.POSITIVE_REASONABLE_GROUNDS);
    static final String SELECTED = "selectedMoment";

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put(SELECTED, ReferralDatesFunction.REFERRAL);
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put(SELECTED, moment(descriptor));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put(SELECTED, moment(descriptor));
    }

    /** The moment chosen on the form; anything else is refused, so the function never runs misconfigured. */
    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Object submitted = formParams.get(ReferralDatesFunction.ON);
        String moment = submitted instanceof String[] values && values.length == 1 ? Objects.toString(values[0], "") : "";
        if (!MOMENTS.contains(moment)) {
            throw new IllegalArgumentException("Choose when the dates are set: " + String.join(" or ", MOMENTS)
                    + ".");
        }
        return Map.of(ReferralDatesFunction.ON, moment);
    }

    /** The configured moment, or empty when none is (the view then asks the admin to choose one). */
    private static String moment(AbstractDescriptor descriptor) {
        Object on = descriptor instanceof FunctionDescriptor function ? function.getArgs().get(ReferralDatesFunction.ON)
                : null;
        return on instanceof String moment && MOMENTS.contains(moment) ? moment : "";
    }
}
