package org.safeguarding.screening;

import java.util.List;
import java.util.Optional;

/**
 * The screening questionnaire: the leaflet's questions ("How did they travel to the UK? Did they pay to travel
 * here? Have they been forced or held against their will?") and the digital NRM form's prompts (domain reference
 * §4.7), asked in plain words. Each question is answered yes, no, not sure or declined, with notes; some reveal
 * indicators when answered the worrying way. The order is the order to ask them in.
 */
public enum Question implements Identified {
    JOURNEY_ARRANGED("journey-arranged", Answer.YES, true, Indicator.SITUATIONAL_TRAVEL_PAID_BY_OTHERS),
    OWES_MONEY("owes-money", Answer.YES, true, Indicator.ILO_DEBT_BONDAGE, Indicator.SITUATIONAL_DEBT),
    FORCED_OR_HELD("forced-or-held", Answer.YES, true, Indicator.ILO_INTIMIDATION_AND_THREATS,
            Indicator.ILO_RESTRICTION_OF_MOVEMENT),
    PROMISED_DIFFERENTLY("promised-differently", Answer.YES, true, Indicator.ILO_DECEPTION),
    DOCUMENTS_HELD("documents-held", Answer.YES, true, Indicator.ILO_RETENTION_OF_DOCUMENTS,
            Indicator.SITUATIONAL_DOCUMENTS_HELD),
    FREE_TO_LEAVE("free-to-leave", Answer.NO, true, Indicator.ILO_RESTRICTION_OF_MOVEMENT,
            Indicator.SITUATIONAL_MOVEMENT_RESTRICTED),
    ARRANGED_LIVING_AND_WORK("arranged-living-and-work", Answer.YES, true, Indicator.LABOUR_EMPLOYER_HOUSING),
    PAY_CONTROLLED("pay-controlled", Answer.YES, true, Indicator.ILO_WITHHOLDING_OF_WAGES,
            Indicator.SITUATIONAL_NO_MONEY),
    LONG_HOURS("long-hours", Answer.YES, true, Indicator.ILO_EXCESSIVE_OVERTIME,
            Indicator.ENVIRONMENTAL_EXCESSIVE_HOURS),
    THREATS("threats", Answer.YES, true, Indicator.ILO_INTIMIDATION_AND_THREATS, Indicator.SITUATIONAL_THREATS),
    CAN_CONTACT_FAMILY("can-contact-family", Answer.NO, true, Indicator.ILO_ISOLATION,
            Indicator.SITUATIONAL_LIMITED_CONTACT),
    /**
     * The NRM form asks it (§14.3); not core, so cases screened before it was asked keep their level. Its follow-up
     * is {@link Screening#situationNow()}.
     */
    STILL_IN_SITUATION("still-in-situation", Answer.YES, false),
    STILL_IN_CONTACT("still-in-contact", Answer.YES, true),
    OTHERS_AFFECTED("others-affected", Answer.YES, true),
    WORRIED_AGAIN("worried-again", Answer.YES, true),
    FIRST_CHANCE("first-chance", null, false),
    WILLING_TO_TALK_TO_POLICE("willing-to-talk-to-police", null, false);

    private final String id;
    private final String labelKey;
    private final Answer worryingAnswer;
    private final boolean core;
    private final List<Indicator> reveals;

    Question(String id, Answer worryingAnswer, boolean core, Indicator... reveals) {
        this.id = id;
        this.labelKey = "safeguarding.question." + id;
        this.worryingAnswer = worryingAnswer;
        this.core = core;
        this.reveals = List.of(reveals);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    /** The i18n key of a short hint for the worker: why to ask, and how. */
    public String hintKey() {
        return "safeguarding.question." + id + ".hint";
    }

    /** The answer that gives cause for concern; empty for questions that only inform the plan. */
    public Optional<Answer> worryingAnswer() {
        return Optional.ofNullable(worryingAnswer);
    }

    /** Whether the assessment needs this answered before it can call a case low risk. */
    public boolean isCore() {
        return core;
    }

    /** The indicators a worrying answer reveals. */
    public List<Indicator> reveals() {
        return reveals;
    }
}
