package org.safeguarding.jira.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.screening.Assessment;
import org.safeguarding.screening.Contradiction;
import org.safeguarding.screening.Finding;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Recommendation;
import org.safeguarding.screening.Trigger;

/**
 * An assessment as the REST API returns it: every value with its stable id (for code) and its words (for people),
 * every reason with its sources and the answers that triggered it.
 */
public final class AssessmentJson {
    @JsonProperty
    final LabelJson level;
    @JsonProperty
    final LabelJson confidence;
    @JsonProperty
    final boolean treatedAsChild;
    @JsonProperty
    final List<FindingJson> reasons;
    @JsonProperty
    final List<ActionJson> actions;
    @JsonProperty
    final List<TriggerJson> unanswered;
    @JsonProperty
    final List<ContradictionJson> contradictions;

    private AssessmentJson(Assessment assessment, Texts texts) {
        level = new LabelJson(assessment.level(), texts);
        confidence = new LabelJson(assessment.confidence(), texts);
        treatedAsChild = assessment.treatedAsChild();
        reasons = assessment.levelReasons().stream().map(finding -> new FindingJson(finding, texts)).toList();
        actions = assessment.recommendations().stream().map(action -> new ActionJson(action, texts)).toList();
        unanswered = TriggerJson.all(assessment.unanswered());
        contradictions = assessment.contradictions().stream()
                .map(contradiction -> new ContradictionJson(contradiction, texts)).toList();
    }

    public static AssessmentJson of(Assessment assessment, Texts texts) {
        return new AssessmentJson(assessment, texts);
    }

    /** A value's id and its words. */
    public static final class LabelJson {
        @JsonProperty
        final String id;
        @JsonProperty
        final String text;

        LabelJson(Identified value, Texts texts) {
            id = value.id();
            text = texts.text(value.labelKey());
        }
    }

    /** A reason, its sources, and the answers behind it. */
    public static final class FindingJson {
        @JsonProperty
        final String id;
        @JsonProperty
        final String text;
        @JsonProperty
        final List<String> sources;
        @JsonProperty
        final List<TriggerJson> triggeredBy;

        FindingJson(Finding finding, Texts texts) {
            id = finding.reason().id();
            text = texts.text(finding.reason().labelKey());
            sources = finding.reason().sources();
            triggeredBy = TriggerJson.all(finding.triggers());
        }
    }

    /** Something to do, and why. */
    public static final class ActionJson {
        @JsonProperty
        final String id;
        @JsonProperty
        final String text;
        @JsonProperty
        final FindingJson reason;

        ActionJson(Recommendation recommendation, Texts texts) {
            id = recommendation.action().id();
            text = texts.text(recommendation.action().labelKey());
            reason = new FindingJson(recommendation.why(), texts);
        }
    }

    /** Answers that disagree. */
    public static final class ContradictionJson {
        @JsonProperty
        final String id;
        @JsonProperty
        final String text;
        @JsonProperty
        final List<TriggerJson> triggeredBy;

        ContradictionJson(Contradiction contradiction, Texts texts) {
            id = contradiction.kind().id();
            text = texts.text(contradiction.kind().labelKey());
            triggeredBy = TriggerJson.all(contradiction.triggers());
        }
    }

    /** A recorded answer: the field and value ids of the request that sent it. */
    public static final class TriggerJson {
        @JsonProperty
        final String field;
        @JsonProperty
        final String value;

        TriggerJson(Trigger trigger) {
            field = trigger.field();
            value = trigger.value();
        }

        static List<TriggerJson> all(List<Trigger> triggers) {
            return triggers.stream().map(TriggerJson::new).toList();
        }
    }
}
