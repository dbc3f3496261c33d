package org.safeguarding.cluster;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.sal.api.user.UserManager;
import org.safeguarding.jira.platform.SettingsStore;
import static org.mockito.Mockito.when;
import com.atlassian.crowd.event.DirectoryEvent;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Set;
import org.safeguarding.jira.leads.ConfiguredLeads;
import org.safeguarding.jira.leads.JiraCaseLeadNames;
import org.safeguarding.jira.leads.LeadNamesChanges;
import org.safeguarding.referral.AppSettings;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.After;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.safeguarding.jira.cases.PluginSettingsSetupStore;
import org.safeguarding.jira.cases.SetupIds;
import org.safeguarding.jira.connections.AoCaseMarkers;
import org.safeguarding.jira.connections.CaseMarkers;
import org.safeguarding.jira.connections.SharedMarkerEntity;
import org.safeguarding.jira.directory.AoDirectoryStore;
import org.safeguarding.jira.directory.CachedDirectory;
import org.safeguarding.jira.directory.DirectoryEditor;
import org.safeguarding.jira.platform.ClusterJobs;
import org.safeguarding.jira.platform.DataVersion;
import org.safeguarding.jira.platform.SetupLock;
import org.safeguarding.jira.setup.ProvisionOnStart;
import org.safeguarding.jira.setup.Provisioning;
import org.safeguarding.preview.InMemoryPluginSettings;
import org.safeguarding.preview.LocalCaches;
import org.safeguarding.preview.LocalLocks;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;
import org.safeguarding.resources.Resource;
import org.safeguarding.upgrade.InMemoryActiveObjects;

/**
 * Two nodes of a Jira Data Center cluster, each with its own instances of the app's components, over one database
 * (Active Objects and plugin settings), one cluster lock service and a cluster cache that replicates by invalidation
 * only, as Jira's does: what one node changes the other sees, set-up never runs on both at once, and the jobs are
 * scheduled to run once in the cluster. docs/marketplace/data-center.md says the same in words.
 */
public class TwoNodesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private static final String ADMIN = "u-admin";

    private final InMemoryActiveObjects database = new InMemoryActiveObjects();
    private final InMemoryPluginSettings pluginSettings = new InMemoryPluginSettings();
    private final LocalLocks clusterLocks = new LocalLocks();
    private final ClusterCaches cluster = new ClusterCaches();
    private final ExecutorService nodes = Executors.newFixedThreadPool(2);

    /** One node: its own components, sharing only what Jira shares between nodes. */
    private final class Node {
        final AoDirectoryStore store = new AoDirectoryStore(database, CLOCK);
        final CachedDirectory directory;
        final DirectoryEditor editor;
        final PluginSettingsSetupStore setupIds;
        final SetupLock setupLock = new SetupLock(clusterLocks);

        Node(CacheManager caches) {
            directory = new CachedDirectory(caches, store, clusterLocks);
            editor = new DirectoryEditor(store, directory, clusterLocks, CLOCK);
            setupIds = new PluginSettingsSetupStore(pluginSettings, caches);
        }
    }

    @After
    public void stopNodes() {
        nodes.shutdownNow();
    }

    @Test
    public void directory_shouldShowOnOneNodeWhatAnAdminChangedOnTheOther() {
        Node first = new Node(cluster.node());
        Node second = new Node(cluster.node());
        // A node that kept its own copy, as a cache that is not the cluster's would: the test must tell them apart.
        Node alone = new Node(new LocalCaches());
        Resource helpline = first.directory.directory().entries().get(0);
        second.directory.directory();
        alone.directory.directory();

        DirectoryEditor.Outcome outcome = first.editor.change(helpline.id(), new Resource(helpline.id(),
                helpline.name(), helpline.phone(), helpline.url(), helpline.nations(), helpline.audience(),
                helpline.category(), helpline.languages(), LocalDate.of(2026, 12, 7), helpline.source(),
                "Checked by phone on node 1", false, helpline.genders()), ADMIN);

        assertThat(outcome.status(), is(DirectoryEditor.Outcome.Status.DONE));
        assertThat(notes(second, helpline.id()), is("Checked by phone on node 1"));
        assertThat(notes(alone, helpline.id()), is(not("Checked by phone on node 1")));
    }

    @Test
    public void setupIds_shouldBeReadAfreshOnTheOtherNodeOnceSaved() {
        Node first = new Node(cluster.node());
        Node second = new Node(cluster.node());
        assertThat(second.setupIds.load().asMap(), is(Map.of()));

        first.setupIds.save(new SetupIds(Map.of("issueType", "10100")));

        assertThat(second.setupIds.load().asMap(), is(Map.of("issueType", "10100")));
    }

    /** Someone joins the leads' group on one node: the panel names them at once on the other (issue 33). */
    @Test
    public void leadNames_shouldBeForgottenOnEveryNodeWhenAUserDirectoryChangesOnOne() {
        List<ApplicationUser> group = new ArrayList<>(List.of(person("Amira Lead")));
        GroupManager groups = mock(GroupManager.class);
        when(groups.getUsersInGroup("safeguarding-leads")).thenAnswer(asked -> List.copyOf(group));
        ConfiguredLeads leads = new ConfiguredLeads(mock(UserManager.class),
                mock(com.atlassian.jira.user.util.UserManager.class), mock(ProjectRoleManager.class), groups,
                mock(SettingsStore.class));
        JiraCaseLeadNames first = new JiraCaseLeadNames(cluster.node(), leads, mock(ProjectManager.class));
        JiraCaseLeadNames second = new JiraCaseLeadNames(cluster.node(), leads, mock(ProjectManager.class));
        Issue concern = mock(Issue.class);
        AppSettings named = new AppSettings(Set.of(), false, false, "safeguarding-leads", null, null);
        second.of(concern, named);
        group.add(person("Sam Lead"));

        new LeadNamesChanges(mock(EventPublisher.class), first).onDirectoryChange(mock(DirectoryEvent.class));

        assertThat(second.of(concern, named).orElseThrow().first(), is(List.of("Amira Lead", "Sam Lead")));
    }

    private static ApplicationUser person(String name) {
        ApplicationUser person = mock(ApplicationUser.class);
        when(person.getDisplayName()).thenReturn(name);
        when(person.isActive()).thenReturn(true);
        when(person.getEmailAddress()).thenReturn("lead@example.org");
        return person;
    }

    @Test
    public void clusterCache_shouldRefuseACacheThatWouldCopyValuesBetweenNodes() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> cluster.node()
                .getCachedReference("copied", () -> "x", new CacheSettingsBuilder().remote().build()));

        assertThat(refused.getMessage(), is("copied is not a remote cache replicated by invalidation: remote"));
    }

    /**
     * Two leads record the same workplace on two cases at the same moment, on two nodes: the markers' cluster lock
     * takes one change at a time, so each node then sees one connection of both cases, counted once.
     */
    @Test
    public void markers_shouldBeOneConnectionOnEveryNodeWhenRecordedOnTwoNodesAtOnce() throws Exception {
        AoCaseMarkers first = new AoCaseMarkers(database, clusterLocks);
        AoCaseMarkers second = new AoCaseMarkers(database, clusterLocks);
        Marker carWash = new Marker(MarkerKind.PLACE, "Sparkle Car Wash, M1 1AE", "sparkle car wash M11AE");
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<Future<CaseMarkers.Recorded>> recorded = new ArrayList<>();
        for (Map.Entry<AoCaseMarkers, String> node : Map.of(first, "SG-1", second, "SG-2").entrySet()) {
            recorded.add(nodes.submit(() -> {
                bothStarted.countDown();
                bothStarted.await();
                return node.getKey().add(node.getValue(), carWash, "lead", CLOCK.instant());
            }));
        }
        for (Future<CaseMarkers.Recorded> one : recorded) {
            one.get(30, TimeUnit.SECONDS);
        }

        for (AoCaseMarkers node : List.of(first, second)) {
            List<CaseMarkers.Connection> connections = node.connections(Long.MAX_VALUE, 10);
            assertThat(connections, hasSize(1));
            assertThat(connections.get(0).cases(), contains("SG-1", "SG-2"));
            assertThat(node.connectedCases("SG-1"), contains("SG-2"));
            assertThat(node.connectedCases("SG-2"), contains("SG-1"));
        }
        assertThat(database.count(SharedMarkerEntity.class), is(1));
    }

    /** Both nodes start set-up at once; the cluster lock lets one in at a time, and each finds its turn. */
    @Test
    public void setupLock_shouldNeverLetBothNodesSetUpAtOnce() throws Exception {
        Node first = new Node(cluster.node());
        Node second = new Node(cluster.node());
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<Future<Optional<String>>> runs = new ArrayList<>();
        for (Node node : List.of(first, second)) {
            runs.add(nodes.submit(() -> {
                bothStarted.countDown();
                bothStarted.await();
                return node.setupLock.holding(() -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    sleep();
                    inside.decrementAndGet();
                    return "set up";
                });
            }));
        }

        List<Optional<String>> done = new ArrayList<>();
        for (Future<Optional<String>> run : runs) {
            done.add(run.get(30, TimeUnit.SECONDS));
        }
        assertThat(most.get(), is(1));
        assertThat(done, everyItem(is(Optional.of("set up"))));
    }

    @Test
    public void setUp_shouldBeScheduledToRunOnceInTheClusterWhicheverNodesStart() throws Exception {
        SchedulerService scheduler = mock(SchedulerService.class);
        for (int node = 0; node < 2; node++) {
            new ProvisionOnStart(scheduler, mock(Provisioning.class), mock(DataVersion.class), CLOCK).onStart();
        }

        ArgumentCaptor<JobId> jobs = ArgumentCaptor.forClass(JobId.class);
        ArgumentCaptor<JobConfig> configs = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler, times(2)).scheduleJob(jobs.capture(), configs.capture());
        assertThat(jobs.getAllValues().stream().distinct().toList(), hasSize(1));
        assertThat(configs.getAllValues().stream().map(JobConfig::getRunMode).toList(),
                contains(RunMode.RUN_ONCE_PER_CLUSTER, RunMode.RUN_ONCE_PER_CLUSTER));
    }

    /** Every job goes through ClusterJobs, which schedules it once per cluster: no component schedules one itself. */
    @Test
    public void jobs_shouldAllBeScheduledThroughClusterJobs() {
        noClasses().that().doNotHaveFullyQualifiedName(ClusterJobs.class.getName())
                .should().callMethod(SchedulerService.class, "scheduleJob", JobId.class, JobConfig.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.safeguarding"));
    }

    private static String notes(Node node, String id) {
        return node.directory.directory().entries().stream().filter(entry -> entry.id().equals(id)).findFirst()
                .orElseThrow().notes();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
