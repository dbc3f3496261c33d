package org.safeguarding.jira.workflow;

import java.time.Clock;
import java.util.function.Function;
import org.safeguarding.jira.cases.AccessLog;
import org.safeguarding.jira.cases.Leads;
import org.safeguarding.jira.leads.LeadAlerts;
import org.safeguarding.jira.leads.LeadOnDuty;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.records.ClosedCases;

/**
 * Builds the referral workflow's conditions, validators and post-functions by the class names its XML gives, over
 * whatever the caller supplies, as Jira builds them over its services: for the workflow tests and the preview host.
 *
 * @param cases the cases, their history, and how their leads are told
 */
public record WorkflowModules<C extends WorkflowCaseAccess & CaseHistory & LeadAlerts>(Leads leads, C cases,
        InMemorySettings settings, AccessLog accessLog, ClosedCases closedCases, ConfidentialLevel confidential,
        LeadOnDuty duty, RuleGuard guard, Texts texts, Clock clock)
        implements Function<String, Object> {
    @Override
    public Object apply(String className) {
        return switch (className.substring(className.lastIndexOf('.') + 1)) {
            case "LeadCondition" -> new LeadCondition(guard, leads);
            case "NrmReferralCondition" -> new NrmReferralCondition(guard, cases);
            case "NotAnonymisedCondition" -> new NotAnonymisedCondition(guard, accessLog);
            case "RouteValidator" -> new RouteValidator(guard, cases, settings, texts, clock);
            case "CloseValidator" -> new CloseValidator(guard, cases, settings, texts, clock);
            case "MissingValidator" -> new MissingValidator();
            case "DangerCheckValidator" -> new DangerCheckValidator(guard, cases, texts);
            case "DangerCheckFunction" -> new DangerCheckFunction(guard, cases, cases);
            case "ReferralDatesFunction" -> new ReferralDatesFunction(guard, cases, texts, clock);
            case "MissingSummaryFunction" -> new MissingSummaryFunction(guard, cases);
            case "TellLeadsFunction" -> new TellLeadsFunction(guard, cases, cases, cases, settings, clock);
            case "AccessLogFunction" -> new AccessLogFunction(guard, accessLog, clock);
            case "RetentionFunction" -> new RetentionFunction(guard, cases, closedCases, settings, clock);
            case "ConfidentialFunction" -> new ConfidentialFunction(guard, confidential);
            case "LeadOnDutyFunction" -> new LeadOnDutyFunction(guard, duty, leads);
            default -> throw new IllegalArgumentException("the workflow names an unknown class " + className);
        };
    }
}
