package org.safeguarding.jira.directory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.preview.LocalCaches;
import org.safeguarding.resources.DefaultDirectory;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.Resource;

public class CachedDirectoryTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private AoDirectoryStore store;
    @Mock
    private ClusterLockService locks;
    @Mock
    private ClusterLock lock;

    private final LocalCaches caches = new LocalCaches();
    private final List<Resource> shipped = DefaultDirectory.load().entries();
    private CachedDirectory directory;

    @Before
    public void setUp() {
        when(locks.getLockForName(CachedDirectory.WRITE_LOCK)).thenReturn(lock);
        directory = new CachedDirectory(caches, store, locks);
    }

    @Test
    public void directory_shouldSeedAnEmptyDirectoryFromTheShippedFileOnceUnderTheClusterLock() {
        when(store.all()).thenReturn(List.of(), List.of(), shipped);

        assertThat(directory.directory().entries(), equalTo(shipped));

        InOrder seeding = inOrder(lock, store);
        seeding.verify(lock).lock();
        seeding.verify(store, times(shipped.size())).create(any(Resource.class), eq(CachedDirectory.SEEDED_BY));
        seeding.verify(lock).unlock();
    }

    @Test
    public void directory_shouldNotSeedWhatAnotherNodeSeededWhileThisOneWaited() {
        when(store.all()).thenReturn(List.of(), shipped);

        directory.directory();

        verify(store, never()).create(any(Resource.class), any());
        verify(lock).unlock();
    }

    @Test
    public void directory_shouldBringAnEarlierVersionsUntouchedEntriesUpToDateAndLeaveAnAdminsEditsAlone() {
        Resource oldMigrantHelp = withPhone(shipped("migrant-help"), "0808 8010 503");
        Resource adminsVictimSupport = withPhone(shipped("victim-support"), "0808 000 0000");
        Resource glaa = withPhone(shipped("crimestoppers"), "0800 432 0804").withIdAndRetired("glaa", false);
        List<Resource> installed = List.of(oldMigrantHelp, adminsVictimSupport, glaa);
        when(store.all()).thenReturn(installed);
        when(store.changedByAnyoneBut(CachedDirectory.SEEDED_BY)).thenReturn(Set.of("victim-support"));

        directory.directory();

        verify(store).update(shipped("migrant-help"), CachedDirectory.SEEDED_BY);
        verify(store, never()).update(eq(shipped("victim-support")), any());
        verify(store).retire("glaa", CachedDirectory.SEEDED_BY);
        verify(store, times(shipped.size() - 2)).create(any(Resource.class), eq(CachedDirectory.SEEDED_BY));
        verify(lock).unlock();
    }

    @Test
    public void directory_shouldTakeNoLockWhenTheDirectoryIsUpToDate() {
        when(store.all()).thenReturn(shipped);

        directory.directory();

        verify(locks, never()).getLockForName(any());
        verify(store, never()).update(any(), any());
    }

    @Test
    public void directory_shouldReadTheDatabaseOnceUntilItChanges() {
        when(store.all()).thenReturn(shipped);

        directory.directory();
        directory.directory();
        verify(store, times(1)).all();

        directory.changed();
        directory.directory();
        verify(store, times(2)).all();
        assertThat(caches.settings().toString(), is("remote replicateViaInvalidation"));
    }

    @Test
    public void explanations_shouldCarryTheReviewsRecordedInTheDatabase() {
        when(store.reviews()).thenReturn(Map.of("sq", new Explanation.Review("Arta Krasniqi",
                LocalDate.of(2026, 12, 8))));

        Explanation albanian = directory.explanations().forLanguage(Optional.of("Albanian")).explanation();

        assertThat(albanian.reviewed(), is(true));
        assertThat(albanian.review().by(), equalTo("Arta Krasniqi"));
        assertThat(directory.explanations().forLanguage(Optional.of("Polish")).explanation().reviewed(), is(false));
    }

    private Resource shipped(String id) {
        return shipped.stream().filter(entry -> entry.id().equals(id)).findFirst().orElseThrow();
    }

    private static Resource withPhone(Resource entry, String phone) {
        return new Resource(entry.id(), entry.name(), phone, entry.url(), entry.nations(), entry.audience(),
                entry.category(), entry.languages(), entry.verifiedOn(), entry.source(), entry.notes(), false);
    }
}
