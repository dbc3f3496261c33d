// Source: atlassian-beehive com.atlassian.beehive.ClusterLock, a java.util.concurrent.locks.Lock held across the
// cluster (MyGroovy uses lock(), tryLock and unlock). Subset: the Lock methods.
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
}
