// Source: com.atlassian.activeobjects.external.ActiveObjects (Atlassian Active Objects plugin);
// shared/reference/jira-platform.md §2.6 [confirmed]. Subset: the methods the plugin calls.
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.RawEntity;

public interface ActiveObjects {
    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    void delete(RawEntity<?>... entities);

    <K> int count(Class<? extends RawEntity<K>> type);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
