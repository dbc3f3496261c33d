package org.safeguarding.jira.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.referral.PlanReadership;

/**
 * Who was asked to read which version of the safeguarding plan, and who said they had read it: staff data, shown only
 * to leads and admins. Active Objects in Jira, memory in the preview host.
 */
public interface PlanReads {
    /** One version of the plan a user was asked to read: when asked, and when they said they read it, if they did. */
    record Entry(String version, Instant askedAt, Optional<Instant> readAt) {
    }

    /**
     * Records that the user is being asked to read this version, the first time only.
     *
     * @return whether this is the first time: a member of staff is asked once per version, never again
     */
    boolean askOnce(String userKey, String version, Instant now);

    /** Records that the user read this version, once: a second "I have read it" keeps the first day. */
    void read(String userKey, String version, Instant at);

    boolean hasRead(String userKey, String version);

    /** Everything kept about one user, oldest first: for their own subject-access request. */
    List<Entry> of(String userKey);

    /** Everyone anything is kept about. */
    Set<String> userKeys();

    /** Removes everything kept about the user: their records' retention period has passed. */
    void forget(String userKey);

    /** Every read of any version, by user key. */
    Map<String, List<PlanReadership.Read>> reads();

    /**
     * Whether to ask the user now to read the saved plan: yes the first time they meet a version they have not read,
     * and never again for it, whether they read it or not; never for the template, which is nobody's plan yet.
     */
    default boolean askNow(String userKey, Optional<PlanStore.Saved> saved, Instant now) {
        return saved.isPresent() && !hasRead(userKey, saved.get().version())
                && askOnce(userKey, saved.get().version(), now);
    }
}
