package org.safeguarding.preview;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.user.UserKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.safeguarding.jira.cases.CaseField;
import org.safeguarding.jira.cases.CaseFields;
import org.safeguarding.jira.cases.CaseLeads;
import org.safeguarding.jira.cases.CaseLookup;
import org.safeguarding.jira.cases.CaseRecord;
import org.safeguarding.jira.cases.CaseRecords;
import org.safeguarding.jira.cases.CaseValues;
import org.safeguarding.jira.cases.Cases;
import org.safeguarding.jira.cases.InMemoryCaseValues;
import org.safeguarding.jira.cases.PersonConcerns;
import org.safeguarding.jira.cases.ScreeningAssembler;
import org.safeguarding.jira.figures.CaseFigures;
import org.safeguarding.jira.figures.ProjectFigures;
import org.safeguarding.jira.leads.CaseLeadNames;
import org.safeguarding.jira.leads.RoleLedProjects;
import org.safeguarding.jira.platform.OrganisationSettings;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.raise.ConcernRaiser;
import org.safeguarding.jira.records.CaseAnonymiser;
import org.safeguarding.jira.work.Triage;
import org.safeguarding.jira.work.WorkQueues;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.CaseProgress;
import org.safeguarding.referral.Figures;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.Resolution;
import org.safeguarding.referral.Route;
import org.safeguarding.referral.WorkQueue;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.ExploitationType;
import org.safeguarding.screening.Nation;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.PersonReference;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Screening;

/**
 * The preview's sample Safeguarding concerns, held in memory as Jira holds them in issue fields, and read the way
 * Jira's adapters read them. Anyone signed in may see them, as if the preview's one project let every user browse;
 * the lead leads them all.
 */
final class PreviewCases implements Cases, CaseLeads, CaseLeadNames, CaseRecords, ConcernRaiser, WorkQueues, CaseFigures,
        ProjectFigures, RoleLedProjects, PersonConcerns {
    /**
     * A project as Jira's permissions see it for the preview's people: who may browse its cases (its Browse grant and
     * the confidential level together) and raise concerns in it, and who leads them.
     */
    private record Project(Place place, PreviewUser.Role lead, boolean byRole, Set<PreviewUser.Role> browsers) {
        boolean holds(String issueKey) {
            return issueKey.startsWith(place.key() + "-");
        }
    }

    /** SG holds the sample cases; HOME is another team's, whose lead may see none of SG's cases, nor SG's its. */
    private static final List<Project> PROJECTS = List.of(
            new Project(new Place("SG", "Safeguarding"), PreviewUser.Role.LEAD, false,
                    Set.of(PreviewUser.Role.WORKER, PreviewUser.Role.LEAD, PreviewUser.Role.ADMIN)),
            new Project(new Place("HOME", "Hostel"), PreviewUser.Role.HOME_LEAD, true,
                    Set.of(PreviewUser.Role.HOME_LEAD)));

    private final PreviewUser user;
    private final Map<String, CaseRecord> cases = new LinkedHashMap<>();
    private final Map<String, InMemoryCaseValues> values = new LinkedHashMap<>();
    /** Each case's status, from the workflow, which reads the cases in turn and so comes after them. */
    private final Map<String, LocalDate> raised = new LinkedHashMap<>();
    private Function<String, ReferralStep> statuses = key -> ReferralStep.CONCERN_RAISED;
    private Function<String, Optional<Resolution>> outcomes = key -> Optional.empty();
    /** Moves a case raised with danger now into Immediate danger, as Jira's adapter does; whether it could. */
    private Predicate<String> intoDanger = key -> false;
    private OrganisationSettings settings = () -> new Organisation(false, false);

    PreviewCases(PreviewUser user) {
        this.user = user;
        add("SG-1", "Concern raised at the drop-in: worker from a car wash", new InMemoryCaseValues()
                .with(CaseFields.IMMEDIATE_DANGER, "no")
                .with(CaseFields.questionKey(Question.JOURNEY_ARRANGED), "yes")
                .with(CaseFields.questionKey(Question.OWES_MONEY), "yes")
                .with(CaseFields.PERSON_REFERENCE, "G-1023")
                .with(CaseFields.AGE_GROUP, "adult")
                .with(CaseFields.NATION, "england")
                .with(CaseFields.LANGUAGE, "Albanian")
                .with(CaseFields.INTERPRETER_NEEDED, "yes")
                .with(CaseFields.BARRIERS, List.of("fear", "language"))
                .with(CaseFields.CONSENT, "not-asked-yet"));
        add("SG-2", "Young person at the shelter, may be under 18", new InMemoryCaseValues()
                .with(CaseFields.IMMEDIATE_DANGER, "yes")
                .with(CaseFields.AGE_GROUP, "under-18")
                .with(CaseFields.NATION, "scotland")
                .with(CaseFields.LANGUAGE, "Arabic")
                .with(CaseFields.RETENTION_REVIEW, LocalDate.of(2033, 1, 1)));
        // The same guest number at the hostel: its team's case, which nobody in SG may see.
        add("HOME-1", "Guest at the hostel works nights at a warehouse", new InMemoryCaseValues()
                .with(CaseFields.IMMEDIATE_DANGER, "no")
                .with(CaseFields.PERSON_REFERENCE, "G-1023")
                .with(CaseFields.AGE_GROUP, "adult")
                .with(CaseFields.NATION, "wales")
                .with(CaseFields.LANGUAGE, "Polish"));
    }

    private static Project projectOf(String issueKey) {
        return PROJECTS.stream().filter(project -> project.holds(issueKey)).findFirst().orElseThrow();
    }

    /** Whether the current user may browse the case, as Jira's Browse permission and security level decide. */
    private boolean visible(String issueKey) {
        return cases.containsKey(issueKey) && projectOf(issueKey).browsers().contains(user.role());
    }

    private String nextKey(Place place) {
        return place.key() + "-" + (count(place.key()) + 1);
    }

    private void add(String key, String summary, InMemoryCaseValues recorded) {
        cases.put(key, new CaseRecord(key, summary, "", recorded, List.of()));
        raised.put(key, LocalDate.now());
        values.put(key, recorded);
    }

    synchronized void statusesFrom(Function<String, ReferralStep> workflow) {
        statuses = workflow;
    }

    synchronized void settingsFrom(OrganisationSettings organisation) {
        settings = organisation;
    }

    synchronized void outcomesFrom(Function<String, Optional<Resolution>> workflow) {
        outcomes = workflow;
    }

    synchronized void dangerThrough(Predicate<String> workflow) {
        intoDanger = workflow;
    }

    /**
     * Every case the user may browse, as the figures count them from Jira's search as the user, and last year's cases,
     * long closed, which the preview holds for the figures alone, so that a lead has a year over to publish.
     */
    @Override
    public synchronized List<Figures.CaseFacts> facts() {
        return factsIn(PROJECTS.stream().map(project -> project.place().key()).collect(Collectors.toSet()));
    }

    /** As {@link #facts()}, in these projects only; last year's cases are the sample project's. */
    @Override
    public synchronized List<Figures.CaseFacts> factsIn(Set<String> projectKeys) {
        List<Figures.CaseFacts> facts = new ArrayList<>(all().stream()
                .filter(record -> projectKeys.contains(projectOf(record.key()).place().key())).map(record -> {
                    LocalDate day = raised.get(record.key());
                    Screening screening = ScreeningAssembler.from(record.values());
                    Optional<Resolution> outcome = outcomes.apply(record.key());
                    return new Figures.CaseFacts(day, screening.exploitationTypes(),
                            ScreeningAssembler.referralFrom(record.values()).routes(), screening.nation(),
                            screening.childToday(day), outcome.map(closed -> day), outcome);
                }).toList());
        if (projectKeys.contains(PROJECTS.get(0).place().key())) {
            facts.addAll(lastYear(LocalDate.now(UkClock.ZONE).getYear() - 1));
        }
        return facts;
    }

    /** The projects led by project role: HOME's lead is named by its role; SG's by the leads' group. */
    @Override
    public List<String> projectKeys(UserKey asked) {
        return PROJECTS.stream().filter(project -> project.byRole() && project.lead().key().equals(
                asked == null ? null : asked.getStringValue())).map(project -> project.place().key()).toList();
    }

    /** 23 concerns raised last year, all closed by its end: a shelter's year, in the figures' terms. */
    private static List<Figures.CaseFacts> lastYear(int year) {
        List<Figures.CaseFacts> cases = new ArrayList<>();
        for (int person = 0; person < 23; person++) {
            LocalDate raisedOn = LocalDate.of(year, 1 + person % 11, 1 + person);
            Set<ExploitationType> types = person < 12 ? Set.of(ExploitationType.FORCED_LABOUR)
                    : person < 18 ? Set.of(ExploitationType.FORCED_PROSTITUTION) : Set.of();
            Nation nation = person < 14 ? Nation.ENGLAND : person < 20 ? Nation.WALES : Nation.SCOTLAND;
            Optional<Boolean> child = person < 3 ? Optional.empty() : Optional.of(person < 8);
            Resolution outcome = person < 15 ? Resolution.REFERRED_AND_SUPPORTED : Resolution.DECLINED_SUPPORT;
            cases.add(new Figures.CaseFacts(raisedOn, types, Set.of(person % 2 == 0 ? Route.POLICE
                    : Route.NRM_REFERRAL), Optional.of(nation), child, Optional.of(raisedOn.plusDays(20)),
                    Optional.of(outcome)));
        }
        return cases;
    }

    /** How many cases the project holds, whoever may see them: what Jira counts when an admin enables a project. */
    synchronized long count(String projectKey) {
        return cases.keySet().stream().filter(key -> key.startsWith(projectKey + "-")).count();
    }

    /** The cases the current user may browse. */
    synchronized List<CaseRecord> all() {
        return cases.values().stream().filter(record -> visible(record.key())).toList();
    }

    /** Raises a new concern in the sample project, as Jira's Create does, and gives its key. */
    synchronized String raise(String summary) {
        String key = nextKey(PROJECTS.get(0).place());
        add(key, summary, new InMemoryCaseValues());
        return key;
    }

    @Override
    public List<Place> places() {
        return PROJECTS.stream().filter(project -> project.browsers().contains(user.role())).map(Project::place)
                .toList();
    }

    /**
     * The preview's cases in each queue, by the domain's rules, most serious first, then oldest first, as the queues'
     * JQL orders them; the preview has no issue navigator to link to.
     */
    @Override
    public synchronized List<Listed> queues() {
        LocalDate today = LocalDate.now();
        return Arrays.stream(WorkQueue.values()).map(queue -> {
            List<Listed.Case> in = all().stream().filter(record -> queue.holds(facts(record, today), today))
                    .map(record -> new Listed.Case(record.key(), record.summary(), triage(record, today)))
                    .sorted(Comparator.comparing((Listed.Case row) -> row.triage().risk())).toList();
            return new Listed(queue, in.size(), in.stream().limit(FIRST).toList(), Optional.empty());
        }).toList();
    }

    /** The preview's cases have no assignee. */
    private Triage triage(CaseRecord record, LocalDate today) {
        return Triage.of(record.values(), Optional.of(statuses.apply(record.key())), raised.get(record.key()),
                Optional.empty(), settings.organisation(), today);
    }

    private WorkQueue.Facts facts(CaseRecord record, LocalDate today) {
        CaseValues recorded = record.values();
        Screening screening = ScreeningAssembler.from(recorded);
        return new WorkQueue.Facts(statuses.apply(record.key()), screening.treatedAsChild(today),
                recorded.date(CaseFields.REASONABLE_GROUNDS_DUE), recorded.date(CaseFields.NEXT_REVIEW),
                recorded.date(CaseFields.RETENTION_REVIEW),
                screening.dangerNow().filter(Answer.YES::equals).isPresent());
    }

    @Override
    public boolean mayRaiseIn(String projectKey) {
        return places().stream().anyMatch(place -> place.key().equals(projectKey));
    }

    /** As Jira's adapter raises one: the worker's own fields only, as Jira's fields hold them. */
    @Override
    public synchronized Raised raise(String projectKey, String summary, CaseValues given) {
        Place place = places().stream().filter(one -> one.key().equals(projectKey)).findFirst()
                // The REST resource offers only these places, as Jira's adapter does.
                .orElseThrow(() -> new IllegalArgumentException("not a project the user may raise in: " + projectKey));
        InMemoryCaseValues recorded = new InMemoryCaseValues();
        for (CaseField field : CaseFields.ALL) {
            if (CaseFields.LEAD_ONLY.contains(field.key())) {
                continue;
            }
            if (given.date(field.key()).isPresent() || given.dateTime(field.key()).isPresent()) {
                throw new IllegalArgumentException("dates are recorded once the case is raised: " + field.key());
            }
            given.option(field.key()).ifPresent(id -> recorded.with(field.key(), id));
            given.text(field.key()).ifPresent(text -> recorded.with(field.key(), text));
            if (!given.options(field.key()).isEmpty()) {
                recorded.with(field.key(), given.options(field.key()));
            }
        }
        String key = nextKey(place);
        add(key, summary, recorded);
        boolean dangerNow = recorded.option(CaseFields.IMMEDIATE_DANGER).filter("yes"::equals).isPresent();
        return dangerNow && intoDanger.test(key) ? Raised.urgently(key) : Raised.as(key);
    }

    /** Replaces the summary and every personal field that has a value, as Jira's adapter replaces them. */
    synchronized void anonymise(String issueKey, CaseAnonymiser.Markers markers) {
        InMemoryCaseValues recorded = values.get(issueKey);
        for (String fieldKey : CaseFields.PERSONAL) {
            if (recorded.text(fieldKey).isPresent() || recorded.date(fieldKey).isPresent()
                    || recorded.dateTime(fieldKey).isPresent()) {
                recorded.with(fieldKey, CaseFields.anonymised(fieldKey, markers.field()));
            }
        }
        cases.put(issueKey, new CaseRecord(issueKey, markers.summary(), markers.description(), recorded,
                List.of()));
    }

    /** The case's values, for the preview's workflow and tests, whoever is signed in. */
    synchronized Optional<InMemoryCaseValues> values(String issueKey) {
        return Optional.ofNullable(values.get(issueKey));
    }

    /** The case's values if the current user may browse it: what Jira's edit and transition screens let them change. */
    synchronized Optional<InMemoryCaseValues> browsable(String issueKey) {
        return visible(issueKey) ? values(issueKey) : Optional.empty();
    }

    @Override
    public synchronized CaseLookup find(String issueKey) {
        CaseRecord record = cases.get(issueKey);
        return record == null || !visible(issueKey) ? CaseLookup.notVisible()
                : CaseLookup.found(record.key(), ScreeningAssembler.from(record.values()), Optional.of(
                        new CaseProgress(statuses.apply(issueKey), ScreeningAssembler.datesFrom(record.values()))),
                        ScreeningAssembler.referralFrom(record.values()));
    }

    /** As Jira's adapter finds them: the cases the user may browse with the same reference, newest first. */
    @Override
    public synchronized List<Other> others(String caseKey, String reference) {
        if (PersonReference.problem(reference).isPresent()) {
            return List.of();
        }
        String wanted = PersonReference.matchKey(reference);
        List<String> newestFirst = new ArrayList<>(cases.keySet());
        Collections.reverse(newestFirst);
        return newestFirst.stream().filter(key -> !key.equals(caseKey) && visible(key))
                .filter(key -> values.get(key).text(CaseFields.PERSON_REFERENCE).map(PersonReference::matchKey)
                        .filter(wanted::equals).isPresent())
                .limit(MOST).map(key -> new Other(key, Optional.of(statuses.apply(key)), raised.get(key))).toList();
    }

    /** Whether the current user leads the case: the lead of its project, who may browse it. */
    @Override
    public synchronized boolean leads(String issueKey) {
        return visible(issueKey) && projectOf(issueKey).lead() == user.role();
    }

    /** Each project has one lead. */
    @Override
    public Optional<Named> of(Issue shown, AppSettings named) {
        return Optional.of(Named.of(leadsOf(shown.getKey())));
    }

    /** The user names of the case's leads, as Jira's mail queue would tell them. */
    List<String> leadsOf(String caseKey) {
        return List.of(projectOf(caseKey).lead().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    @Override
    public Optional<CaseRecord> forLead(String issueKey) {
        return leads(issueKey) ? Optional.of(cases.get(issueKey)) : Optional.empty();
    }
}
