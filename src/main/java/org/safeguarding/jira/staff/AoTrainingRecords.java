package org.safeguarding.jira.staff;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.safeguarding.referral.StaffTraining;
import org.safeguarding.referral.TrainingCourse;
import org.safeguarding.screening.Identified;

/** The training records in Active Objects: rows are created and read, never updated. */
@Named
public class AoTrainingRecords implements TrainingRecords {
    /** Rows read per query, so a long history never sits in memory twice. */
    static final int PAGE = 1000;

    private final ActiveObjects ao;

    @Inject
    public AoTrainingRecords(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(String userKey, StaffTraining.Trained trained, String recordedBy, Instant at) {
        ao.executeInTransaction(() -> ao.create(TrainingEntity.class, Map.of("USER_KEY", userKey,
                "COURSE", trained.course().id(), "COMPLETED_ON", trained.on().toString(), "RECORDED_BY", recordedBy,
                "RECORDED_AT", at.toString())));
    }

    @Override
    public List<Entry> of(String userKey) {
        List<Entry> entries = new ArrayList<>();
        for (TrainingEntity row : ao.find(TrainingEntity.class, Query.select().where("USER_KEY = ?", userKey)
                .order("ID"))) {
            Identified.byId(TrainingCourse.class, row.getCourse()).ifPresent(course -> entries.add(new Entry(
                    new StaffTraining.Trained(course, LocalDate.parse(row.getCompletedOn())), row.getRecordedBy(),
                    Instant.parse(row.getRecordedAt()))));
        }
        return entries;
    }

    @Override
    public void forget(String userKey) {
        ao.executeInTransaction(() -> {
            ao.delete(ao.find(TrainingEntity.class, Query.select().where("USER_KEY = ?", userKey)));
            return null;
        });
    }

    /** Pages by the last id read, as the access log's export does; a course this version does not know is left out. */
    @Override
    public Map<String, List<StaffTraining.Trained>> all() {
        Map<String, List<StaffTraining.Trained>> all = new HashMap<>();
        int last = 0;
        while (true) {
            TrainingEntity[] page = ao.find(TrainingEntity.class, Query.select().where("ID > ?", last).order("ID")
                    .limit(PAGE));
            for (TrainingEntity row : page) {
                Identified.byId(TrainingCourse.class, row.getCourse()).ifPresent(course -> all.computeIfAbsent(
                        row.getUserKey(), key -> new ArrayList<>()).add(new StaffTraining.Trained(course,
                        LocalDate.parse(row.getCompletedOn()))));
            }
            if (page.length < PAGE) {
                return all;
            }
            last = page[page.length - 1].getID();
        }
    }
}
