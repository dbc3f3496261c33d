package org.safeguarding.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeguarding.screening.Action;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Assessment;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Recommendation;
import org.safeguarding.screening.Screening;

/**
 * What a case holds, laid out in the digital NRM referral form's order (domain reference §2.5: your report, the
 * potential victim, someone else, your details), so a lead can prepare the referral and see what the form will ask
 * that the case does not hold yet. It prepares; it never submits. The same online form takes a Duty to Notify
 * report (§2.3), so the draft says which one the assessment recommends, or that it recommends neither yet, and the
 * steps that come before the form (children's services first for a child, §2.4 and §13.2).
 *
 * @param form   which form, if any, the assessment recommends
 * @param before the assessment's steps that come before or beside the form, in its order
 * @param lines  the form's questions, in its order
 */
public record NrmDraft(Form form, List<Recommendation> before, List<Line> lines) {
    /** The assessment's steps that a lead takes before or beside the form itself. */
    private static final Set<Action> BEFORE_THE_FORM = EnumSet.of(Action.REQUEST_AGE_ASSESSMENT,
            Action.REFER_TO_CHILDRENS_SERVICES, Action.REFER_TO_SOCIAL_WORK, Action.REFER_TO_GATEWAY_TEAM,
            Action.REFER_TO_CHILD_PROTECTION, Action.REFER_TO_CHILD_GUARDIAN, Action.ASK_FOR_GUARDIANSHIP_SCOTLAND,
            Action.ASK_FOR_INDEPENDENT_GUARDIAN, Action.ASK_CONSENT_TO_STAY_IN_NRM, Action.EXPLAIN_NRM_AND_ASK_CONSENT,
            Action.RECORD_REFUSAL_AND_SAFETY_PLAN);

    public NrmDraft {
        before = List.copyOf(before);
        lines = List.copyOf(lines);
    }

    /** Which submission the assessment recommends; the online form is the same for each. */
    public enum Form implements Identified {
        /** The organisation is a First Responder and the person is a child or an adult who consents. */
        NRM_REFERRAL("nrm-referral"),
        /** An NRM referral is right, but a First Responder Organisation must make it. */
        NRM_THROUGH_FIRST_RESPONDER("nrm-through-first-responder"),
        /** An adult in England or Wales does not consent and the organisation has the duty: anonymous unless they agree. */
        DUTY_TO_NOTIFY("duty-to-notify"),
        /** Neither yet: for an adult, usually because consent has not been asked or given. */
        NONE_RECOMMENDED("none-recommended");

        private final String id;

        Form(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return "safeguarding.nrm.form." + id;
        }
    }

    /** The form's four sections, in its order. */
    public enum Section implements Identified {
        YOUR_REPORT("your-report"),
        POTENTIAL_VICTIM("potential-victim"),
        SOMEONE_ELSE("someone-else"),
        YOUR_DETAILS("your-details");

        private final String id;

        Section(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return "safeguarding.nrm.section." + id;
        }
    }

    /** Whether the case can answer one of the form's questions. */
    public enum Status {
        /** The case holds an answer. */
        HELD,
        /** The case has a place for the answer and it is empty: record it on the case before the referral. */
        MISSING,
        /** The app never records this (names, addresses, the narrative, the first responder's details). */
        NOT_RECORDED_HERE
    }

    /**
     * One thing the case holds towards an answer: a screening question's answer with the worker's note on it, chosen
     * options, a text, or a day.
     */
    public record Fact(Optional<Question> question, List<Identified> values, String text, Optional<LocalDate> day) {
        public Fact {
            values = List.copyOf(values);
        }

        static Fact of(Identified... values) {
            return new Fact(Optional.empty(), List.of(values), "", Optional.empty());
        }

        static Fact of(Set<? extends Identified> values) {
            return new Fact(Optional.empty(), List.copyOf(values), "", Optional.empty());
        }
    }

    /**
     * One of the form's questions and what the case holds towards it.
     *
     * @param noNames whether the form asks for no names in the answer (its narrative, §2.5)
     */
    public record Line(Section section, String id, Status status, List<Fact> facts, boolean noNames)
            implements Identified {
        public Line {
            facts = List.copyOf(facts);
        }

        @Override
        public String labelKey() {
            return "safeguarding.nrm.line." + id;
        }
    }

    /**
     * What a case records beside its screening that the form asks about.
     *
     * @param referrals the routes taken so far
     * @param account   the account the worker wrote of what the person said, if any
     * @param shares    the case's agency and sharing log
     */
    public record Recorded(ReferralRecord referrals, Optional<String> account, List<AgencyShare.Recorded> shares) {
        public Recorded {
            account = account.map(String::trim).filter(text -> !text.isEmpty());
            shares = List.copyOf(shares);
        }

        /** The shares no later entry corrects. */
        List<AgencyShare> standing() {
            Set<Long> corrected = AgencyShare.corrected(shares);
            return shares.stream().filter(entry -> !corrected.contains(entry.id())).map(AgencyShare.Recorded::share)
                    .toList();
        }
    }

    /** The draft for a case, from its screening, its assessment (made the same day) and what else it records. */
    public static NrmDraft of(Screening screening, Assessment assessment, Recorded recorded, LocalDate today) {
        List<Recommendation> before = assessment.recommendations().stream()
                .filter(recommendation -> BEFORE_THE_FORM.contains(recommendation.action())).toList();
        return new NrmDraft(form(assessment), before, new Lines(screening, recorded, today).all());
    }

    /** The form's questions the case should answer and does not yet. */
    public List<Line> missing() {
        return lines.stream().filter(line -> line.status() == Status.MISSING).toList();
    }

    private static Form form(Assessment assessment) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        assessment.recommendations().forEach(recommendation -> actions.add(recommendation.action()));
        if (actions.contains(Action.MAKE_NRM_REFERRAL)) {
            return Form.NRM_REFERRAL;
        }
        if (actions.contains(Action.ASK_FRO_FOR_NRM_REFERRAL)
                || actions.contains(Action.ASK_TRUST_OR_PSNI_FOR_NRM_REFERRAL)
                || actions.contains(Action.REFER_THROUGH_FRO_OR_HELPLINE)) {
            return Form.NRM_THROUGH_FIRST_RESPONDER;
        }
        return actions.contains(Action.SUBMIT_DUTY_TO_NOTIFY) ? Form.DUTY_TO_NOTIFY : Form.NONE_RECOMMENDED;
    }

    /** The form's questions in its order, each answered from the case where it can be. */
    private static final class Lines {
        private final Screening screening;
        private final Recorded recorded;
        private final LocalDate today;
        private final List<Line> lines = new ArrayList<>();

        Lines(Screening screening, Recorded recorded, LocalDate today) {
            this.screening = screening;
            this.recorded = recorded;
            this.today = today;
        }

        List<Line> all() {
            boolean child = screening.treatedAsChild(today);
            Section report = Section.YOUR_REPORT;
            held(report, "nation", screening.nation().map(Fact::of));
            held(report, "under-18-now", underEighteenNow().map(Fact::of));
            held(report, "under-18-during-exploitation", screening.under18DuringExploitation().map(Fact::of));
            if (child) {
                notRecorded(report, "local-authority-contacted");
            }
            lines.add(recorded.account().map(text -> new Line(report, "what-happened", Status.HELD, List.of(new Fact(
                    Optional.empty(), List.of(), text, Optional.empty())), true)).orElse(new Line(report,
                    "what-happened", Status.NOT_RECORDED_HERE, List.of(), true)));
            held(report, "exploitation-types", Optional.of(screening.exploitationTypes())
                    .filter(types -> !types.isEmpty()).map(Fact::of));
            notRecorded(report, "where-exploited");
            notRecorded(report, "exploiters");
            answered(report, "other-victims", Question.OTHERS_AFFECTED);
            answered(report, "future-exploitation", Question.WORRIED_AGAIN);
            answered(report, "how-it-started", Question.PROMISED_DIFFERENTLY, Question.JOURNEY_ARRANGED,
                    Question.OWES_MONEY);
            answered(report, "average-day", Question.LONG_HOURS, Question.PAY_CONTROLLED,
                    Question.ARRANGED_LIVING_AND_WORK);
            answered(report, "treatment-and-why-they-stayed", Question.FORCED_OR_HELD, Question.THREATS,
                    Question.DOCUMENTS_HELD, Question.FREE_TO_LEAVE, Question.CAN_CONTACT_FAMILY);
            answered(report, "last-contact-with-exploiters", Question.STILL_IN_CONTACT);
            answered(report, "first-chance-to-report", Question.FIRST_CHANCE);
            otherAgencies(report);
            crimeReference(report);
            answered(report, "willing-to-cooperate", Question.WILLING_TO_TALK_TO_POLICE);

            Section person = Section.POTENTIAL_VICTIM;
            if (!child) {
                // A child is referred without consent (§2.4); what counts is the age when referred (§13.5).
                held(person, "consent", screening.consent().map(Fact::of));
            }
            held(person, "support-needs", Optional.of(screening.supportNeeds()).filter(needs -> !needs.isEmpty())
                    .map(Fact::of));
            notRecorded(person, "name-and-nickname");
            held(person, "date-of-birth", screening.dateOfBirth()
                    .map(born -> new Fact(Optional.empty(), List.of(), "", Optional.of(born))));
            held(person, "gender", screening.gender().map(Fact::of));
            held(person, "nationality", Optional.ofNullable(screening.policeDescription().nationality())
                    .filter(text -> !text.isBlank()).map(text -> new Fact(Optional.empty(), List.of(), text.trim(),
                            Optional.empty())));
            held(person, "interpreter", screening.interpreterNeeded().map(needed -> new Fact(Optional.empty(),
                    List.of(needed), needed == Answer.YES ? screening.language().orElse("") : "", Optional.empty())));
            held(person, "safe-to-contact", Optional.of(screening.safeToContact())
                    .filter(channels -> !channels.isEmpty()).map(Fact::of));
            notRecorded(person, "background");
            notRecorded(person, "home-office-reference");
            notRecorded(Section.SOMEONE_ELSE, "someone-else");
            notRecorded(Section.YOUR_DETAILS, "your-details");
            return lines;
        }

        private Optional<Answer> underEighteenNow() {
            if (screening.dateOfBirth().isPresent()) {
                return screening.childToday(today).map(child -> child ? Answer.YES : Answer.NO);
            }
            return screening.ageGroup().map(group -> switch (group) {
                case UNDER_18 -> Answer.YES;
                case ADULT -> Answer.NO;
                case NOT_SURE -> Answer.NOT_SURE;
            });
        }

        /** The routes taken and the agencies the case's information went to, other than the NRM referral itself. */
        private void otherAgencies(Section section) {
            Set<Route> others = EnumSet.noneOf(Route.class);
            others.addAll(recorded.referrals().routes());
            others.remove(Route.NRM_REFERRAL);
            List<Fact> facts = new ArrayList<>();
            if (!others.isEmpty()) {
                facts.add(Fact.of(others));
            }
            recorded.standing().stream().filter(share -> share.agency() != Agency.HOME_OFFICE_NRM)
                    .map(share -> new Fact(Optional.empty(), List.of(share.agency()), joined("; ", share.agencyName(),
                            share.theirReference()), Optional.of(share.sharedOn())))
                    .forEach(facts::add);
            // "None" is an answer the form takes: a case with no other referral is not missing anything.
            lines.add(new Line(section, "other-agencies", Status.HELD, facts, false));
        }

        /** The police's references from the agency and sharing log; the form asks for the force and the number. */
        private void crimeReference(Section section) {
            List<Fact> references = recorded.standing().stream().filter(share -> share.agency() == Agency.POLICE
                    && share.theirReference() != null && !share.theirReference().isBlank())
                    .map(share -> new Fact(Optional.empty(), List.of(), joined(": ", share.agencyName(),
                            share.theirReference()), Optional.empty()))
                    .toList();
            lines.add(new Line(section, "crime-reference", references.isEmpty() ? Status.NOT_RECORDED_HERE
                    : Status.HELD, references, false));
        }

        private static String joined(String separator, String... parts) {
            return Stream.of(parts).filter(text -> text != null && !text.isBlank()).collect(Collectors.joining(
                    separator));
        }

        private void held(Section section, String id, Optional<Fact> fact) {
            lines.add(new Line(section, id, fact.isPresent() ? Status.HELD : Status.MISSING,
                    fact.map(List::of).orElse(List.of()), false));
        }

        private void answered(Section section, String id, Question... questions) {
            List<Fact> facts = Stream.of(questions).flatMap(question -> screening.answer(question).stream()
                    .map(answer -> new Fact(Optional.of(question), List.of(answer),
                            screening.notes(question).orElse(""), Optional.empty()))).toList();
            lines.add(new Line(section, id, facts.isEmpty() ? Status.MISSING : Status.HELD, facts, false));
        }

        private void notRecorded(Section section, String id) {
            lines.add(new Line(section, id, Status.NOT_RECORDED_HERE, List.of(), false));
        }
    }
}
