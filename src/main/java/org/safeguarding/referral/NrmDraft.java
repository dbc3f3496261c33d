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
import org.safeguarding.screening.Consent;
import org.safeguarding.screening.Identified;
import org.safeguarding.screening.Indicator;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Recommendation;
import org.safeguarding.screening.Screening;
import org.safeguarding.screening.SignsOffered;

/**
 * What a case holds, laid out in the order of the Home Office's current online form (domain reference §14.3, from its
 * source UKHomeOffice/modern-slavery at 54dfce7, 21 April 2026), so a lead can prepare the report and see what the
 * form will ask that the case does not hold yet. It prepares; it never submits. The form takes an NRM referral and a
 * Duty to Notify report alike and branches on two answers: under 18 now (anything but "no" is a child, who needs no
 * consent) and the adult's consent ("no" is the Duty to Notify report, which asks nothing that identifies them unless
 * they will help an investigation, MSA 2015 s52(3)). The draft follows the same branch, says which submission the
 * assessment recommends, and lists the steps that come before the form (children's services first for a child).
 *
 * @param form    which form, if any, the assessment recommends
 * @param branch  which of the form's branches the case's answers take
 * @param before  the assessment's steps that come before or beside the form, in its order
 * @param account what the worker wrote of what the person said, to draw on: the form no longer has a free-text page
 * @param lines   the form's questions on that branch, in its order
 */
public record NrmDraft(Form form, Branch branch, List<Recommendation> before, Optional<String> account,
                       List<Line> lines) {
    /** The assessment's steps that a lead takes before or beside the form itself. */
    private static final Set<Action> BEFORE_THE_FORM = EnumSet.of(Action.REQUEST_AGE_ASSESSMENT,
            Action.REFER_TO_CHILDRENS_SERVICES, Action.REFER_TO_SOCIAL_WORK, Action.REFER_TO_GATEWAY_TEAM,
            Action.REFER_TO_CHILD_PROTECTION, Action.REFER_TO_CHILD_GUARDIAN, Action.ASK_FOR_GUARDIANSHIP_SCOTLAND,
            Action.ASK_FOR_INDEPENDENT_GUARDIAN, Action.ASK_CONSENT_TO_STAY_IN_NRM, Action.EXPLAIN_NRM_AND_ASK_CONSENT,
            Action.RECORD_REFUSAL_AND_SAFETY_PLAN, Action.TAKE_BEST_INTERESTS_DECISION,
            Action.RAISE_ADULT_SAFEGUARDING_CONCERN);

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

    /** The form's branches (§14.3). */
    public enum Branch implements Identified {
        /** An adult who consents, has not been asked yet, or cannot decide and a best-interests decision is made. */
        ADULT("adult"),
        /** Under 18 now, or not sure: consent is not needed and the form skips the contact pages. */
        CHILD("child"),
        /** An adult who does not consent: the Duty to Notify report, anonymous unless they will help an investigation. */
        DUTY_TO_NOTIFY("duty-to-notify");

        private final String id;

        Branch(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return "safeguarding.nrm.branch." + id;
        }
    }

    /** The form's parts, in its order. */
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
        /** The app never records this (names, addresses, the first responder's details, the lead's own judgement). */
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

        static Fact text(String text) {
            return new Fact(Optional.empty(), List.of(), text, Optional.empty());
        }
    }

    /**
     * One of the form's questions and what the case holds towards it.
     *
     * @param asks the screening questions whose answers answer it, if any: where a missing answer is recorded
     */
    public record Line(Section section, String id, Status status, List<Fact> facts, List<Question> asks)
            implements Identified {
        public Line {
            facts = List.copyOf(facts);
            asks = List.copyOf(asks);
        }

        Line(Section section, String id, Status status, List<Fact> facts) {
            this(section, id, status, facts, List.of());
        }

        @Override
        public String labelKey() {
            return "safeguarding.nrm.line." + id;
        }
    }

    /**
     * What a case records beside its screening that the form asks about.
     *
     * @param reference the case's own reference (its Jira key), which the form asks for first
     * @param referrals the routes taken so far
     * @param account   the account the worker wrote of what the person said, if any
     * @param shares    the case's agency and sharing log
     */
    public record Recorded(String reference, ReferralRecord referrals, Optional<String> account,
                           List<AgencyShare.Recorded> shares) {
        public Recorded {
            account = account.map(String::trim).filter(text -> !text.isEmpty());
            shares = List.copyOf(shares);
        }

        /** The shares no later entry corrects; a decision not to share is no share. */
        List<AgencyShare> standing() {
            Set<Long> corrected = AgencyShare.corrected(shares);
            return shares.stream().filter(entry -> !corrected.contains(entry.id())).map(AgencyShare.Recorded::share)
                    .filter(AgencyShare::isShared).toList();
        }
    }

    /** The draft for a case, from its screening, its assessment (made the same day) and what else it records. */
    public static NrmDraft of(Screening screening, Assessment assessment, Recorded recorded, LocalDate today) {
        List<Recommendation> before = assessment.recommendations().stream()
                .filter(recommendation -> BEFORE_THE_FORM.contains(recommendation.action())).toList();
        Branch branch = screening.treatedAsChild(today) ? Branch.CHILD
                : screening.consent().filter(Consent.REFUSED::equals).isPresent() ? Branch.DUTY_TO_NOTIFY
                : Branch.ADULT;
        return new NrmDraft(form(assessment), branch, before, recorded.account(),
                new Lines(screening, assessment, recorded, today, branch).all());
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

    /** The form's questions on one branch in its order, each answered from the case where it can be. */
    private static final class Lines {
        private final Screening screening;
        private final Assessment assessment;
        private final Recorded recorded;
        private final LocalDate today;
        private final Branch branch;
        private final List<Line> lines = new ArrayList<>();

        Lines(Screening screening, Assessment assessment, Recorded recorded, LocalDate today, Branch branch) {
            this.screening = screening;
            this.assessment = assessment;
            this.recorded = recorded;
            this.today = today;
            this.branch = branch;
        }

        List<Line> all() {
            report();
            switch (branch) {
                case ADULT -> adult();
                case CHILD -> child();
                case DUTY_TO_NOTIFY -> dutyToNotify();
            }
            return lines;
        }

        /** The pages every branch shares, from the reference to the willingness to help an investigation. */
        private void report() {
            Section report = Section.YOUR_REPORT;
            held(report, "reference", Optional.of(recorded.reference()).filter(key -> !key.isBlank()).map(Fact::text));
            notRecorded(report, "organisation");
            held(report, "nation", screening.nation().map(Fact::of));
            held(report, "under-18-now", underEighteenNow().map(Fact::of));
            if (branch == Branch.CHILD) {
                localAuthority(report);
            } else {
                held(report, "under-18-during-exploitation", screening.under18DuringExploitation().map(Fact::of));
            }
            notRecorded(report, "background");
            notRecorded(report, "more-than-one-situation");
            notRecorded(report, "when-exploited");
            answered(report, "how-it-started", Question.PROMISED_DIFFERENTLY, Question.OWES_MONEY);
            answered(report, "taken-somewhere", Question.JOURNEY_ARRANGED);
            answered(report, "how-treated", Question.LONG_HOURS, Question.PAY_CONTROLLED,
                    Question.ARRANGED_LIVING_AND_WORK, Question.FORCED_OR_HELD, Question.THREATS,
                    Question.DOCUMENTS_HELD, Question.FREE_TO_LEAVE, Question.CAN_CONTACT_FAMILY);
            answered(report, "still-in-situation", Question.STILL_IN_SITUATION);
            // The form asks what keeps them there after "yes", and how and why they left after "no".
            screening.answer(Question.STILL_IN_SITUATION).ifPresent(answer -> held(report,
                    answer == Answer.YES ? "what-keeps-them-there" : "how-they-left",
                    screening.situationNow().map(Fact::text)));
            answered(report, "last-contact-with-exploiters", Question.STILL_IN_CONTACT);
            answered(report, "first-chance-to-report", Question.FIRST_CHANCE);
            // After any answer but "yes, the first chance", the form asks why they report now (§14.3).
            if (screening.answer(Question.FIRST_CHANCE).filter(Answer.YES::equals).isEmpty()) {
                held(report, "why-now", screening.whyNow().map(Fact::text));
            }
            indicators(report);
            notRecorded(report, "interviews");
            // The lead's own judgement; the assessment's level and reasons are what it can draw on.
            lines.add(new Line(report, "professional-insight", Status.NOT_RECORDED_HERE, Stream.concat(
                    Stream.of(Fact.of(assessment.level())), assessment.levelReasons().stream()
                            .map(finding -> Fact.of(finding.reason()))).toList()));
            notRecorded(report, "credibility");
            otherAgencies(report);
            notRecorded(report, "where-exploited");
            notRecorded(report, "current-location");
            notRecorded(report, "exploiters");
            held(report, "exploitation-types", Optional.of(screening.exploitationTypes())
                    .filter(types -> !types.isEmpty()).map(Fact::of));
            answered(report, "other-victims", Question.OTHERS_AFFECTED);
            answered(report, "future-exploitation", Question.WORRIED_AGAIN);
            crimeReference(report);
            answered(report, "willing-to-cooperate", Question.WILLING_TO_TALK_TO_POLICE);
        }

        /** An adult who consents, has not been asked, or cannot decide: support, the person, whom to contact, you. */
        private void adult() {
            Section person = Section.POTENTIAL_VICTIM;
            held(person, "consent", screening.consent().map(Fact::of));
            if (screening.consent().filter(Consent.UNABLE::equals).isPresent()) {
                held(person, "best-interests", screening.bestInterests().map(Fact::text));
            }
            held(person, "wants-support", Optional.of(screening.supportNeeds()).filter(needs -> !needs.isEmpty())
                    .map(Fact::of));
            notRecorded(person, "phone-number");
            aboutThePerson(person);
            held(person, "contact-details", Optional.of(screening.safeToContact())
                    .filter(channels -> !channels.isEmpty()).map(Fact::of));
            notRecorded(Section.SOMEONE_ELSE, "someone-else");
            yourDetails();
        }

        /** A child: no consent, no support or contact pages; straight from the Home Office reference to you. */
        private void child() {
            aboutThePerson(Section.POTENTIAL_VICTIM);
            yourDetails();
        }

        /**
         * The Duty to Notify report: why they refused, gender and nationality, and their name and contact details only
         * when they will help an investigation; then straight to the end (§14.3, MSA 2015 s52(3)).
         */
        private void dutyToNotify() {
            Section person = Section.POTENTIAL_VICTIM;
            held(person, "consent", screening.consent().map(Fact::of));
            notRecorded(person, "reason-for-refusing");
            gender(person);
            nationality(person);
            boolean willing = screening.answer(Question.WILLING_TO_TALK_TO_POLICE).filter(Answer.YES::equals)
                    .isPresent();
            notRecorded(person, willing ? "name-and-contact" : "name-and-contact-withheld");
        }

        private void aboutThePerson(Section person) {
            notRecorded(person, "name-and-nickname");
            held(person, "date-of-birth", screening.dateOfBirth()
                    .map(born -> new Fact(Optional.empty(), List.of(), "", Optional.of(born))));
            gender(person);
            notRecorded(person, "children");
            nationality(person);
            held(person, "interpreter", screening.interpreterNeeded().map(needed -> new Fact(Optional.empty(),
                    List.of(needed), needed == Answer.YES ? screening.language().orElse("") : "", Optional.empty())));
            notRecorded(person, "communication-help");
            notRecorded(person, "home-office-reference");
        }

        private void gender(Section person) {
            held(person, "gender", screening.gender().map(Fact::of));
        }

        private void nationality(Section person) {
            held(person, "nationality", Optional.ofNullable(screening.policeDescription().nationality())
                    .filter(text -> !text.isBlank()).map(text -> Fact.text(text.trim())));
        }

        private void yourDetails() {
            notRecorded(Section.YOUR_DETAILS, "your-details");
            notRecorded(Section.YOUR_DETAILS, "evidence");
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

        /** Children's services told, by the route recorded on Refer or a share in the agency and sharing log. */
        private void localAuthority(Section section) {
            List<Fact> facts = new ArrayList<>();
            if (recorded.referrals().routes().contains(Route.CHILDRENS_SERVICES)) {
                facts.add(Fact.of(Route.CHILDRENS_SERVICES));
            }
            recorded.standing().stream().filter(share -> share.agency() == Agency.CHILD_PROTECTION)
                    .map(NrmDraft::shareFact).forEach(facts::add);
            lines.add(new Line(section, "local-authority-contacted", facts.isEmpty() ? Status.MISSING : Status.HELD,
                    facts));
        }

        /**
         * The signs noticed with what their words imply, and those the answers reveal: the form asks whether
         * indicators were identified.
         */
        private void indicators(Section section) {
            Set<Indicator> identified = EnumSet.noneOf(Indicator.class);
            screening.indicatorsSeen().forEach(sign -> identified.addAll(SignsOffered.standsFor(sign)));
            screening.answers().forEach((question, answer) -> {
                if (question.worryingAnswer().filter(answer::equals).isPresent()) {
                    identified.addAll(question.reveals());
                }
            });
            lines.add(new Line(section, "indicators", Status.HELD, identified.isEmpty() ? List.of()
                    : List.of(Fact.of(identified))));
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
                    .map(NrmDraft::shareFact).forEach(facts::add);
            // "None" is an answer the form takes: a case with no other referral is not missing anything.
            lines.add(new Line(section, "others-involved", Status.HELD, facts));
        }

        /** The police's references from the agency and sharing log; the form asks for the force and the number. */
        private void crimeReference(Section section) {
            List<Fact> references = recorded.standing().stream().filter(share -> share.agency() == Agency.POLICE
                    && share.theirReference() != null && !share.theirReference().isBlank())
                    .map(share -> Fact.text(joined(": ", share.agencyName(), share.theirReference())))
                    .toList();
            lines.add(new Line(section, "crime-reference", references.isEmpty() ? Status.NOT_RECORDED_HERE
                    : Status.HELD, references));
        }

        private void held(Section section, String id, Optional<Fact> fact) {
            lines.add(new Line(section, id, fact.isPresent() ? Status.HELD : Status.MISSING,
                    fact.map(List::of).orElse(List.of())));
        }

        private void answered(Section section, String id, Question... questions) {
            List<Fact> facts = Stream.of(questions).flatMap(question -> screening.answer(question).stream()
                    .map(answer -> new Fact(Optional.of(question), List.of(answer),
                            screening.notes(question).orElse(""), Optional.empty()))).toList();
            lines.add(new Line(section, id, facts.isEmpty() ? Status.MISSING : Status.HELD, facts,
                    List.of(questions)));
        }

        private void notRecorded(Section section, String id) {
            lines.add(new Line(section, id, Status.NOT_RECORDED_HERE, List.of()));
        }
    }

    private static Fact shareFact(AgencyShare share) {
        return new Fact(Optional.empty(), List.of(share.agency()), joined("; ", share.agencyName(),
                share.theirReference()), Optional.of(share.sharedOn()));
    }

    private static String joined(String separator, String... parts) {
        return Stream.of(parts).filter(text -> text != null && !text.isBlank()).collect(Collectors.joining(
                separator));
    }
}
