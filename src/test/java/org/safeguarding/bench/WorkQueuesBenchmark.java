package org.safeguarding.bench;

import static org.mockito.Mockito.withSettings;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.mockito.Mockito;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguarding.check.Answering;
import org.safeguarding.check.VelocityTemplates;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.cases.SetupStore;
import org.safeguarding.jira.cases.WorkQueueJql;
import org.safeguarding.jira.figures.FiguresServlet;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.jira.platform.Texts;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.jira.work.JiraWorkQueues;
import org.safeguarding.jira.work.WorkPage;
import org.safeguarding.jira.work.WorkQueues;
import org.safeguarding.referral.ReferralStep;
import org.safeguarding.referral.WorkQueue;
import org.safeguarding.screening.Organisation;

/**
 * "What needs me now" for a lead who may see every one of {@code cases} cases: the queues asked of Jira's search as
 * the lead (one parse, one count and one first page of five per queue), and the whole page rendered by Velocity.
 * <p>
 * Jira answers a count from its Lucene index; the {@code indexed} stand-in answers from counts made once, so the
 * figure is the app's own cost. The {@code scanning} stand-in applies each queue's domain rule to every case on every
 * count, a search with no index at all: an upper bound on the search's share, never what Jira does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkQueuesBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Param({"100", "10000"})
    public int cases;

    @Param({"indexed", "scanning"})
    public String search;

    private final Texts texts = new PropertiesTexts();
    private final VelocityTemplates velocity = new VelocityTemplates();
    private JiraWorkQueues queues;

    @Setup
    public void setUp() throws Exception {
        SetupIds ids = ids();
        Map<String, WorkQueue> byJql = new HashMap<>();
        WorkQueueJql jql = new WorkQueueJql(ids);
        for (WorkQueue queue : WorkQueue.values()) {
            byJql.put(jql.jql(queue).orElseThrow(), queue);
        }
        List<WorkQueue.Facts> facts = facts(cases);
        Map<WorkQueue, List<Integer>> index = new EnumMap<>(WorkQueue.class);
        Map<WorkQueue, SearchResults<Issue>> firstPages = new EnumMap<>(WorkQueue.class);
        for (WorkQueue queue : WorkQueue.values()) {
            index.put(queue, matching(facts, queue));
            firstPages.put(queue, firstPage(index.get(queue)));
        }
        boolean scanning = "scanning".equals(search);
        Function<WorkQueue, List<Integer>> found = scanning ? queue -> matching(facts, queue) : index::get;

        MessageSet noErrors = Answering.as(MessageSet.class, (method, arguments) -> false);
        SearchService jira = Answering.as(SearchService.class, (method, arguments) -> switch (method) {
            case "parseQuery" -> new SearchService.ParseResult(new QueueQuery(byJql.get((String) arguments[1])),
                    noErrors);
            case "search" -> {
                WorkQueue queue = ((QueueQuery) arguments[1]).queue();
                found.apply(queue);
                yield firstPages.get(queue);
            }
            default -> throw new UnsupportedOperationException(method);
        });
        ApplicationUser lead = Answering.as(ApplicationUser.class, (method, arguments) -> {
            throw new UnsupportedOperationException(method);
        });
        UserManager users = Answering.as(UserManager.class, (method, arguments) -> lead);
        SetupStore setup = Answering.as(SetupStore.class, (method, arguments) -> ids);
        // Jira's custom fields hold nothing here: what is measured is the lists' own work, a case read once.
        CustomFieldManager fields = Answering.as(CustomFieldManager.class, (method, arguments) -> null);
        CommentManager comments = Answering.as(CommentManager.class, (method, arguments) -> {
            throw new UnsupportedOperationException(method);
        });
        queues = new JiraWorkQueues(TestUser.worker().lead(), users, jira, setup,
                new JiraCaseReader(fields, setup, comments), () -> new Organisation(false, false), key -> key,
                new UkClock());
    }

    @Benchmark
    public List<WorkQueues.Listed> queues() {
        return queues.queues();
    }

    @Benchmark
    public String page() {
        return velocity.render(WorkPage.TEMPLATE, Map.of("queues", WorkPage.queues(queues.queues(), "/jira", TODAY, texts),
                "figuresUrl", "/jira" + FiguresServlet.PATH, "staffTasks", List.of())).html();
    }

    /** What the stand-in's parse returns: the queue whose JQL it was given. */
    private record QueueQuery(WorkQueue queue) implements Query {
    }

    private static List<Integer> matching(List<WorkQueue.Facts> facts, WorkQueue queue) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            if (queue.holds(facts.get(i), TODAY)) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    /** The first page Jira would return for a queue (the app asks only for the first); built once, as stubs are slow. */
    private static SearchResults<Issue> firstPage(List<Integer> numbers) {
        List<Issue> issues = numbers.stream().limit(WorkQueues.FIRST).map(number -> Answering.as(Issue.class,
                (method, arguments) -> switch (method) {
                    case "getKey" -> "SG-" + number;
                    case "getSummary" -> "Safeguarding concern raised " + number;
                    case "getCreated" -> Timestamp.valueOf(TODAY.atStartOfDay());
                    case "getStatus", "getAssigneeId" -> null;
                    default -> throw new UnsupportedOperationException(method);
                })).toList();
        // A class on Jira, so Mockito rather than a proxy: one call per queue.
        @SuppressWarnings("unchecked")
        SearchResults<Issue> results = Mockito.mock(SearchResults.class, withSettings().stubOnly());
        Mockito.when(results.getResults()).thenReturn(issues);
        Mockito.when(results.getTotal()).thenReturn(numbers.size());
        return results;
    }

    /** Cases spread over every status, one in five a child, dates around today; the same on every run. */
    private static List<WorkQueue.Facts> facts(int count) {
        Random random = new Random(17);
        ReferralStep[] steps = ReferralStep.values();
        List<WorkQueue.Facts> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            facts.add(new WorkQueue.Facts(steps[random.nextInt(steps.length)], random.nextInt(5) == 0,
                    Optional.of(TODAY.plusDays(random.nextInt(90) - 45)),
                    Optional.of(TODAY.plusDays(random.nextInt(90) - 30)),
                    Optional.of(TODAY.plusDays(random.nextInt(3650) - 365)), random.nextInt(20) == 0));
        }
        return facts;
    }

    private static SetupIds ids() {
        SetupIds ids = SetupIds.none().withIssueType("10100").withField("age-group", "customfield_10210")
                .withOption("age-group", "under-18", 10300L).withOption("age-group", "not-sure", 10302L)
                .withField("date-of-birth", "customfield_10211")
                .withField("referral.reasonable-grounds-due", "customfield_10212")
                .withField("referral.next-review", "customfield_10213")
                .withField("referral.retention-review", "customfield_10214");
        for (ReferralStep step : ReferralStep.values()) {
            ids = ids.withStatus(step.id(), String.valueOf(10000 + step.ordinal()));
        }
        return ids;
    }
}
