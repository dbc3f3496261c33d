package org.safeguarding.jira.platform;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The cluster-wide lock that set-up and switching projects on or off share: one node at a time changes the app's
 * schemes and the projects' associations with them; the others wait for it, then find its work done.
 */
@Named
public class SetupLock {
    public static final String NAME = "org.safeguarding.setup";
    public static final long WAIT_SECONDS = 60;

    private final ClusterLockService locks;

    @Inject
    public SetupLock(ClusterLockService locks) {
        this.locks = locks;
    }

    /** What the work gives, done holding the lock; empty when another node held it for the whole wait. */
    public <T> Optional<T> holding(Supplier<T> work) {
        ClusterLock lock = locks.getLockForName(NAME);
        boolean locked;
        try {
            locked = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            lock.unlock();
        }
    }
}
