package org.safeguarding.jira.plan;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.safeguarding.jira.platform.UkClock;
import org.safeguarding.referral.PlanReadership;

/** Who was asked to read which version of the plan, and who read it, in Active Objects: one row per person and version. */
@Named
public class AoPlanReads implements PlanReads {
    /** Rows read per query when listing every read, so a long history never sits in memory twice. */
    static final int PAGE = 1000;

    private final ActiveObjects ao;

    @Inject
    public AoPlanReads(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean askOnce(String userKey, String version, Instant now) {
        return ao.executeInTransaction(() -> {
            if (row(userKey, version).isPresent()) {
                return false;
            }
            ao.create(PlanReadEntity.class, Map.of("USER_KEY", userKey, "PLAN_VERSION", version,
                    "ASKED_AT", now.toString()));
            return true;
        });
    }

    @Override
    public void read(String userKey, String version, Instant at) {
        ao.executeInTransaction(() -> {
            Optional<PlanReadEntity> asked = row(userKey, version);
            if (asked.isEmpty()) {
                ao.create(PlanReadEntity.class, Map.of("USER_KEY", userKey, "PLAN_VERSION", version,
                        "ASKED_AT", at.toString(), "READ_AT", at.toString()));
            } else if (asked.get().getReadAt() == null) {
                asked.get().setReadAt(at.toString());
                asked.get().save();
            }
            return null;
        });
    }

    @Override
    public boolean hasRead(String userKey, String version) {
        return row(userKey, version).map(PlanReadEntity::getReadAt).isPresent();
    }

    @Override
    public Map<String, List<PlanReadership.Read>> reads() {
        // The day of a read is the day in the UK, where the organisation is.
        Map<String, List<PlanReadership.Read>> reads = new HashMap<>();
        forEachPage(page -> Arrays.stream(page).filter(row -> row.getReadAt() != null).forEach(row -> reads
                .computeIfAbsent(row.getUserKey(), key -> new ArrayList<>()).add(new PlanReadership.Read(
                        row.getPlanVersion(), Instant.parse(row.getReadAt()).atZone(UkClock.ZONE).toLocalDate()))));
        return reads;
    }

    /** Every row, a page at a time by the last id read, as the access log's export reads its rows. */
    private void forEachPage(Consumer<PlanReadEntity[]> each) {
        int last = 0;
        while (true) {
            PlanReadEntity[] page = ao.find(PlanReadEntity.class, Query.select().where("ID > ?", last).order("ID")
                    .limit(PAGE));
            each.accept(page);
            if (page.length < PAGE) {
                return;
            }
            last = page[page.length - 1].getID();
        }
    }

    @Override
    public List<Entry> of(String userKey) {
        return Arrays.stream(ao.find(PlanReadEntity.class, Query.select().where("USER_KEY = ?", userKey).order("ID")))
                .map(row -> new Entry(row.getPlanVersion(), Instant.parse(row.getAskedAt()),
                        Optional.ofNullable(row.getReadAt()).map(Instant::parse))).toList();
    }

    @Override
    public Set<String> userKeys() {
        Set<String> keys = new HashSet<>();
        forEachPage(page -> Arrays.stream(page).map(PlanReadEntity::getUserKey).forEach(keys::add));
        return keys;
    }

    @Override
    public void forget(String userKey) {
        ao.executeInTransaction(() -> {
            ao.delete(ao.find(PlanReadEntity.class, Query.select().where("USER_KEY = ?", userKey)));
            return null;
        });
    }

    private Optional<PlanReadEntity> row(String userKey, String version) {
        return Arrays.stream(ao.find(PlanReadEntity.class, Query.select().where("USER_KEY = ? AND PLAN_VERSION = ?",
                userKey, version))).findFirst();
    }
}
