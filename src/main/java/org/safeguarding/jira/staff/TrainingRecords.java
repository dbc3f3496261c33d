package org.safeguarding.jira.staff;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.safeguarding.referral.StaffTraining;

/**
 * The safeguarding training each member of staff completed, as the leads record it: staff data, shown only to leads
 * and admins, appended and never changed. Active Objects in Jira, memory in the preview host.
 */
public interface TrainingRecords {
    /** A course as recorded: by which lead or admin, and when. */
    record Entry(StaffTraining.Trained trained, String recordedBy, Instant recordedAt) {
    }

    void record(String userKey, StaffTraining.Trained trained, String recordedBy, Instant at);

    /** Every course recorded for one user, oldest first: for their own subject-access request. */
    List<Entry> of(String userKey);

    /** Removes every course recorded for the user: their records' retention period has passed. */
    void forget(String userKey);

    /** Every course recorded, by user key. */
    Map<String, List<StaffTraining.Trained>> all();
}
