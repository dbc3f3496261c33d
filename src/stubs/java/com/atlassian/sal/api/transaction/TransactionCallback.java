// Source: SAL API com.atlassian.sal.api.transaction.TransactionCallback<T>, as ActiveObjects.executeInTransaction
// takes it; shared/reference/jira-platform.md §2.6.
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {
    T doInTransaction();
}
