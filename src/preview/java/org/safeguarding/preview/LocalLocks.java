package org.safeguarding.preview;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** A "cluster" of one node: each named lock is a lock in this JVM. */
public final class LocalLocks implements ClusterLockService {
    private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, name -> new LocalLock(new ReentrantLock()));
    }

    private record LocalLock(Lock local) implements ClusterLock {
        @Override
        public void lock() {
            local.lock();
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            local.lockInterruptibly();
        }

        @Override
        public boolean tryLock() {
            return local.tryLock();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return local.tryLock(time, unit);
        }

        @Override
        public void unlock() {
            local.unlock();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("cluster locks have no conditions");
        }
    }
}
