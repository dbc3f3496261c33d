package org.safeguarding.jira.directory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.resources.Audience;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.Explanations;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.resources.ResourceProblem;

public class DirectoryEditorTest {
    /** The day after the shipped translations' words last changed. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T10:00:00Z"), ZoneId.of("Europe/London"));

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private AoDirectoryStore store;
    @Mock
    private CachedDirectory directory;

    private final ClusterLockService locks = new LocalLocks();
    private DirectoryEditor editor;

    @Before
    public void setUp() {
        editor = new DirectoryEditor(store, directory, locks, CLOCK);
    }

    @Test
    public void add_shouldSaveAGoodEntryAndShowItEverywhere() {
        when(store.find("local-refuge")).thenReturn(Optional.empty());

        DirectoryEditor.Outcome outcome = editor.add(entry("local-refuge", "0113 000 0000", false), "admin");

        assertThat(outcome.status(), is(DirectoryEditor.Outcome.Status.DONE));
        assertThat(outcome.saved(), equalTo(entry("local-refuge", "0113 000 0000", false)));
        verify(store).create(entry("local-refuge", "0113 000 0000", false), "admin");
        verify(directory).changed();
    }

    @Test
    public void add_shouldSaveNothingWhenAnythingIsWrongAndSayWhat() {
        DirectoryEditor.Outcome outcome = editor.add(entry("local-refuge", "call us", false), "admin");

        assertThat(outcome.status(), is(DirectoryEditor.Outcome.Status.INVALID));
        assertThat(outcome.problems(), contains(new ResourceProblem("phone", "safeguarding.resource.error.phone")));
        verify(store, never()).create(any(), anyString());
        verifyNoInteractions(directory);
    }

    @Test
    public void add_shouldRefuseAnIdAnotherEntryHas() {
        when(store.find("local-refuge")).thenReturn(Optional.of(entry("local-refuge", "999", false)));

        DirectoryEditor.Outcome outcome = editor.add(entry("local-refuge", "0113 000 0000", false), "admin");

        assertThat(outcome.problems(), contains(new ResourceProblem("id", "safeguarding.resource.error.id-taken")));
        verify(store, never()).create(any(), anyString());
    }

    @Test
    public void add_shouldGiveTwoAdminsAddingTheSameIdAtOnceOneEntryAndOneRefusal() throws Exception {
        RacingStore racing = new RacingStore();
        DirectoryEditor shared = new DirectoryEditor(racing, directory, locks, CLOCK);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<DirectoryEditor.Outcome>> outcomes = nodes.invokeAll(List.of(
                    () -> shared.add(entry("local-refuge", "0113 000 0000", false), "admin-1"),
                    () -> shared.add(entry("local-refuge", "0113 000 0001", false), "admin-2")));

            assertThat(racing.created, hasSize(1));
            List<DirectoryEditor.Outcome.Status> statuses = new ArrayList<>();
            for (Future<DirectoryEditor.Outcome> outcome : outcomes) {
                statuses.add(outcome.get().status());
            }
            assertThat(statuses, containsInAnyOrder(DirectoryEditor.Outcome.Status.DONE,
                    DirectoryEditor.Outcome.Status.INVALID));
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    public void change_shouldKeepTheEntrysIdAndWhetherItIsRetired() {
        when(store.find("local-refuge")).thenReturn(Optional.of(entry("local-refuge", "999", true)));

        DirectoryEditor.Outcome outcome = editor.change("local-refuge", entry("other-id", "0113 000 0001", false),
                "admin");

        assertThat(outcome.status(), is(DirectoryEditor.Outcome.Status.DONE));
        ArgumentCaptor<Resource> saved = ArgumentCaptor.forClass(Resource.class);
        verify(store).update(saved.capture(), eq("admin"));
        assertThat(saved.getValue().id(), equalTo("local-refuge"));
        assertThat(saved.getValue().phone(), equalTo("0113 000 0001"));
        assertThat(saved.getValue().retired(), is(true));
        verify(directory).changed();
    }

    @Test
    public void changeAndRetire_shouldSayWhenThereIsNoSuchEntry() {
        when(store.find("nobody")).thenReturn(Optional.empty());

        assertThat(editor.change("nobody", entry("nobody", "999", false), "admin").status(),
                is(DirectoryEditor.Outcome.Status.NOT_FOUND));
        assertThat(editor.retire("nobody", "admin").status(), is(DirectoryEditor.Outcome.Status.NOT_FOUND));
        verifyNoInteractions(directory);
    }

    @Test
    public void retire_shouldRetireAndShowTheChangeEverywhere() {
        when(store.find("local-refuge")).thenReturn(Optional.of(entry("local-refuge", "999", false)));

        DirectoryEditor.Outcome outcome = editor.retire("local-refuge", "admin");

        assertThat(outcome.status(), is(DirectoryEditor.Outcome.Status.DONE));
        assertThat(outcome.saved().retired(), is(true));

        verify(store).retire("local-refuge", "admin");
        verify(directory).changed();
    }

    @Test
    public void recordReview_shouldRecordWhoCheckedATranslationAndWhen() {
        when(directory.explanations()).thenReturn(Explanations.shipped());

        DirectoryEditor.Outcome outcome = editor.recordReview("sq", " Arta Krasniqi, interpreter ", TODAY, "admin");

        assertThat(outcome.status(), is(DirectoryEditor.Outcome.Status.DONE));
        verify(store).recordReview("sq", new Explanation.Review("Arta Krasniqi, interpreter", TODAY), "admin");
        verify(directory).changed();
    }

    @Test
    public void recordReview_shouldWantWhoAndAPastDayAndSaveNothingOtherwise() {
        when(directory.explanations()).thenReturn(Explanations.shipped());

        DirectoryEditor.Outcome outcome = editor.recordReview("sq", " ", TODAY.plusDays(1), "admin");

        assertThat(outcome.problems(), contains(new ResourceProblem("by", "safeguarding.resource.error.reviewer"),
                new ResourceProblem("on", "safeguarding.resource.error.reviewed-on")));
        assertThat(editor.recordReview("sq", "Arta", null, "admin").status(),
                is(DirectoryEditor.Outcome.Status.INVALID));
        verify(store, never()).recordReview(anyString(), any(), anyString());
        verify(directory, never()).changed();
    }

    /** The shipped words changed on 7 Dec 2026 (the handout's lines): a check the day before was of other words. */
    @Test
    public void recordReview_shouldRefuseACheckFromBeforeTheWordsLastChanged() {
        when(directory.explanations()).thenReturn(Explanations.shipped());

        DirectoryEditor.Outcome outcome = editor.recordReview("sq", "Arta", LocalDate.of(2026, 12, 6), "admin");

        assertThat(outcome.problems(), contains(new ResourceProblem("on",
                "safeguarding.resource.error.reviewed-before-change")));
        assertThat(editor.recordReview("sq", "Arta", LocalDate.of(2026, 12, 7), "admin").status(),
                is(DirectoryEditor.Outcome.Status.DONE));
        verify(store).recordReview(anyString(), any(), anyString());
    }

    @Test
    public void recordReview_shouldRefuseAReviewerWhoseNameDrawsNothingAndADayBefore1900() {
        when(directory.explanations()).thenReturn(Explanations.shipped());

        DirectoryEditor.Outcome outcome = editor.recordReview("sq", "\u200B\u00A0\uFEFF", LocalDate.of(1000, 1, 1),
                "admin");

        assertThat(outcome.problems(), contains(new ResourceProblem("by", "safeguarding.resource.error.reviewer"),
                new ResourceProblem("on", "safeguarding.resource.error.reviewed-on")));
        verify(store, never()).recordReview(anyString(), any(), anyString());
    }

    @Test
    public void recordReview_shouldSayWhenThereAreNoExplanationsInTheLanguage() {
        when(directory.explanations()).thenReturn(Explanations.shipped());

        assertThat(editor.recordReview("ku", "Someone", TODAY, "admin").status(),
                is(DirectoryEditor.Outcome.Status.NOT_FOUND));
        verify(store, never()).recordReview(anyString(), any(), anyString());
    }

    /**
     * A store as two nodes see one database: the first look-up waits a moment for a second one, so an add that did
     * not hold the lock between its look-up and its write would let both through.
     */
    private static final class RacingStore implements DirectoryStore {
        final List<Resource> created = new CopyOnWriteArrayList<>();
        private final CountDownLatch secondLookUp = new CountDownLatch(2);

        @Override
        public Optional<Resource> find(String resourceId) {
            secondLookUp.countDown();
            try {
                secondLookUp.await(300, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return created.stream().filter(entry -> entry.id().equals(resourceId)).findFirst();
        }

        @Override
        public void create(Resource entry, String userKey) {
            created.add(entry);
        }

        @Override
        public Set<String> changedByAnyoneBut(String userKey) {
            return Set.of();
        }

        @Override
        public List<Resource> all() {
            return List.copyOf(created);
        }

        @Override
        public void update(Resource entry, String userKey) {
            throw new UnsupportedOperationException("only adding races");
        }

        @Override
        public void retire(String resourceId, String userKey) {
            throw new UnsupportedOperationException("only adding races");
        }

        @Override
        public Map<String, Explanation.Review> reviews() {
            return Map.of();
        }

        @Override
        public void recordReview(String languageTag, Explanation.Review review, String userKey) {
            throw new UnsupportedOperationException("only adding races");
        }
    }

    /** Cluster locks as one JVM has them. */
    private static final class LocalLocks implements ClusterLockService {
        private final ReentrantLock only = new ReentrantLock();

        @Override
        public ClusterLock getLockForName(String lockName) {
            ClusterLock lock = mock(ClusterLock.class);
            doAnswer(invocation -> {
                only.lock();
                return null;
            }).when(lock).lock();
            doAnswer(invocation -> {
                only.unlock();
                return null;
            }).when(lock).unlock();
            return lock;
        }
    }

    private static Resource entry(String id, String phone, boolean retired) {
        return new Resource(id, "Local refuge", phone, null, Set.of(), Audience.ADULTS, ResourceCategory.OTHER_HELP,
                List.of(), TODAY, "https://example.org/refuge", null, retired);
    }
}
