package org.safeguarding.screening;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a worker has recorded about one person at risk: the context (age, nation, danger, consent, language),
 * the answers to the screening questions, the signs they saw, what the person needs, what stands in the way, and a
 * description for police. Anything not recorded is absent, never guessed. Immutable; build with {@link #builder()}.
 */
public final class Screening {
    private final Answer immediateDanger;
    private final Answer dangerChecked;
    private final AgeGroup ageGroup;
    private final LocalDate dateOfBirth;
    private final Answer under18DuringExploitation;
    private final Gender gender;
    private final Nation nation;
    private final Consent consent;
    private final String bestInterests;
    private final String language;
    private final String personReference;
    private final Answer interpreterNeeded;
    private final Set<ContactChannel> safeToContact;
    private final Set<SupportNeed> supportNeeds;
    private final Set<Barrier> barriers;
    private final Set<ExploitationType> exploitationTypes;
    private final Set<Indicator> indicatorsSeen;
    private final Map<Question, Answer> answers;
    private final Map<Question, String> notes;
    private final String situationNow;
    private final String whyNow;
    private final PoliceDescription policeDescription;

    private Screening(Builder builder) {
        immediateDanger = builder.immediateDanger;
        dangerChecked = builder.dangerChecked;
        ageGroup = builder.ageGroup;
        dateOfBirth = builder.dateOfBirth;
        under18DuringExploitation = builder.under18DuringExploitation;
        gender = builder.gender;
        nation = builder.nation;
        consent = builder.consent;
        bestInterests = InputRules.hasVisibleText(builder.bestInterests) ? builder.bestInterests.strip() : null;
        language = InputRules.hasVisibleText(builder.language) ? builder.language.strip() : null;
        personReference = InputRules.hasVisibleText(builder.personReference) ? builder.personReference.strip()
                : null;
        interpreterNeeded = builder.interpreterNeeded;
        safeToContact = Collections.unmodifiableSet(EnumSet.copyOf(builder.safeToContact));
        supportNeeds = Collections.unmodifiableSet(EnumSet.copyOf(builder.supportNeeds));
        barriers = Collections.unmodifiableSet(EnumSet.copyOf(builder.barriers));
        exploitationTypes = Collections.unmodifiableSet(EnumSet.copyOf(builder.exploitationTypes));
        indicatorsSeen = Collections.unmodifiableSet(EnumSet.copyOf(builder.indicatorsSeen));
        answers = Collections.unmodifiableMap(new EnumMap<>(builder.answers));
        notes = Collections.unmodifiableMap(new EnumMap<>(builder.notes));
        situationNow = InputRules.hasVisibleText(builder.situationNow) ? builder.situationNow.strip() : null;
        whyNow = InputRules.hasVisibleText(builder.whyNow) ? builder.whyNow.strip() : null;
        policeDescription = builder.policeDescription;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The answer when the concern was raised: the record of what was said then, never changed afterwards. */
    public Optional<Answer> immediateDanger() {
        return Optional.ofNullable(immediateDanger);
    }

    /** The answer to "Is anyone still in danger?" at the latest check (on Found or Back to lead review), if any. */
    public Optional<Answer> dangerChecked() {
        return Optional.ofNullable(dangerChecked);
    }

    /** Whether someone is in danger now, as last known: the latest check where there was one, else the raise. */
    public Optional<Answer> dangerNow() {
        return dangerChecked().or(this::immediateDanger);
    }

    public Optional<AgeGroup> ageGroup() {
        return Optional.ofNullable(ageGroup);
    }

    public Optional<LocalDate> dateOfBirth() {
        return Optional.ofNullable(dateOfBirth);
    }

    /** Empty when not recorded. */
    public Optional<Gender> gender() {
        return Optional.ofNullable(gender);
    }

    /** The NRM form's "Under 18 at any time during the exploitation?": a person's age then, not now. */
    public Optional<Answer> under18DuringExploitation() {
        return Optional.ofNullable(under18DuringExploitation);
    }

    public Optional<Nation> nation() {
        return Optional.ofNullable(nation);
    }

    public Optional<Consent> consent() {
        return Optional.ofNullable(consent);
    }

    /**
     * For an adult who cannot decide about a referral: who decided in their best interests, when and why, as recorded;
     * empty until someone has.
     */
    public Optional<String> bestInterests() {
        return Optional.ofNullable(bestInterests);
    }

    /**
     * What keeps them in the exploitative situation, or how and why they left it, in the worker's words: the NRM
     * form asks one or the other by the answer to {@link Question#STILL_IN_SITUATION} (domain reference §14.3).
     */
    public Optional<String> situationNow() {
        return Optional.ofNullable(situationNow);
    }

    /** What made them tell someone now, and anything that stopped them telling someone sooner (§14.3). */
    public Optional<String> whyNow() {
        return Optional.ofNullable(whyNow);
    }

    /** The organisation's own number for the person ({@link PersonReference}), as the worker wrote it. */
    public Optional<String> personReference() {
        return Optional.ofNullable(personReference);
    }

    /** The language the person understands best, as the worker wrote it. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    public Optional<Answer> interpreterNeeded() {
        return Optional.ofNullable(interpreterNeeded);
    }

    public Set<ContactChannel> safeToContact() {
        return safeToContact;
    }

    public Set<SupportNeed> supportNeeds() {
        return supportNeeds;
    }

    public Set<Barrier> barriers() {
        return barriers;
    }

    public Set<ExploitationType> exploitationTypes() {
        return exploitationTypes;
    }

    public Set<Indicator> indicatorsSeen() {
        return indicatorsSeen;
    }

    public Optional<Answer> answer(Question question) {
        return Optional.ofNullable(answers.get(question));
    }

    public Map<Question, Answer> answers() {
        return answers;
    }

    public Optional<String> notes(Question question) {
        return Optional.ofNullable(notes.get(question));
    }

    public Map<Question, String> notes() {
        return notes;
    }

    public PoliceDescription policeDescription() {
        return policeDescription;
    }

    /** Whether the child pathway applies today, as the assessment decides it (see {@link AgeFinding}). */
    public boolean treatedAsChild(LocalDate today) {
        return new AgeFinding(this, today).isChild();
    }

    /**
     * Whether the person counts as a child today by the one age rule the assessment and the workflow share: the date
     * of birth beats the ticked age group, and "not sure" is a child; empty when neither is recorded.
     */
    public Optional<Boolean> childToday(LocalDate today) {
        AgeFinding age = new AgeFinding(this, today);
        return age.isKnown() ? Optional.of(age.isChild()) : Optional.empty();
    }

    /** Builds a screening. Setters replace what was set before; single values accept null for "not recorded". */
    public static final class Builder {
        private Answer immediateDanger;
        private Answer dangerChecked;
        private AgeGroup ageGroup;
        private LocalDate dateOfBirth;
        private Answer under18DuringExploitation;
        private Gender gender;
        private Nation nation;
        private Consent consent;
        private String bestInterests;
        private String situationNow;
        private String whyNow;
        private String language;
        private String personReference;
        private Answer interpreterNeeded;
        private final Set<ContactChannel> safeToContact = EnumSet.noneOf(ContactChannel.class);
        private final Set<SupportNeed> supportNeeds = EnumSet.noneOf(SupportNeed.class);
        private final Set<Barrier> barriers = EnumSet.noneOf(Barrier.class);
        private final Set<ExploitationType> exploitationTypes = EnumSet.noneOf(ExploitationType.class);
        private final Set<Indicator> indicatorsSeen = EnumSet.noneOf(Indicator.class);
        private final Map<Question, Answer> answers = new EnumMap<>(Question.class);
        private final Map<Question, String> notes = new EnumMap<>(Question.class);
        private PoliceDescription policeDescription = PoliceDescription.NONE;

        private Builder() {
        }

        public Builder immediateDanger(Answer value) {
            immediateDanger = value;
            return this;
        }

        public Builder dangerChecked(Answer value) {
            dangerChecked = value;
            return this;
        }

        public Builder ageGroup(AgeGroup value) {
            ageGroup = value;
            return this;
        }

        public Builder gender(Gender value) {
            gender = value;
            return this;
        }

        public Builder under18DuringExploitation(Answer value) {
            under18DuringExploitation = value;
            return this;
        }

        public Builder dateOfBirth(LocalDate value) {
            dateOfBirth = value;
            return this;
        }

        public Builder nation(Nation value) {
            nation = value;
            return this;
        }

        public Builder consent(Consent value) {
            consent = value;
            return this;
        }

        public Builder bestInterests(String value) {
            bestInterests = value;
            return this;
        }

        public Builder situationNow(String value) {
            situationNow = value;
            return this;
        }

        public Builder whyNow(String value) {
            whyNow = value;
            return this;
        }

        public Builder personReference(String value) {
            personReference = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder interpreterNeeded(Answer value) {
            interpreterNeeded = value;
            return this;
        }

        public Builder safeToContact(Collection<ContactChannel> values) {
            safeToContact.clear();
            safeToContact.addAll(values);
            return this;
        }

        public Builder supportNeeds(Collection<SupportNeed> values) {
            supportNeeds.clear();
            supportNeeds.addAll(values);
            return this;
        }

        public Builder barriers(Collection<Barrier> values) {
            barriers.clear();
            barriers.addAll(values);
            return this;
        }

        public Builder exploitationTypes(Collection<ExploitationType> values) {
            exploitationTypes.clear();
            exploitationTypes.addAll(values);
            return this;
        }

        public Builder indicatorsSeen(Collection<Indicator> values) {
            indicatorsSeen.clear();
            indicatorsSeen.addAll(values);
            return this;
        }

        public Builder answer(Question question, Answer answer) {
            answers.put(Objects.requireNonNull(question, "question"), Objects.requireNonNull(answer, "answer"));
            return this;
        }

        public Builder notes(Question question, String text) {
            if (InputRules.hasVisibleText(text)) {
                notes.put(Objects.requireNonNull(question, "question"), text.strip());
            }
            return this;
        }

        public Builder policeDescription(PoliceDescription value) {
            policeDescription = value == null ? PoliceDescription.NONE : value;
            return this;
        }

        public Screening build() {
            return new Screening(this);
        }
    }
}
