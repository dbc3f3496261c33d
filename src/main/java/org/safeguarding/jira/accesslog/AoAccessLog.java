package org.safeguarding.jira.accesslog;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.safeguarding.jira.cases.AccessLog;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;
import org.safeguarding.screening.Identified;

/** The access log in Active Objects: rows are created and read, never updated or deleted. */
@Named
public class AoAccessLog implements AccessLog {
    /** Rows read per query when exporting, so a long log never sits in memory at once. */
    static final int PAGE = 1000;

    private final ActiveObjects ao;

    @Inject
    public AoAccessLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void append(CaseAccess access) {
        Map<String, Object> row = new HashMap<>(Map.of("CASE_KEY", access.caseKey(), "USER_KEY", access.userKey(),
                "ACCESSED_AT", access.at().toString(), "WHAT", access.kind().id()));
        if (access.detail() != null) {
            row.put("DETAIL", access.detail());
        }
        ao.executeInTransaction(() -> ao.create(AccessLogEntity.class, row));
    }

    @Override
    public List<CaseAccess> latest(String caseKey, int limit) {
        return Arrays.stream(ao.find(AccessLogEntity.class, Query.select().where("CASE_KEY = ?", caseKey)
                .order("ID DESC").limit(limit))).map(AoAccessLog::access).toList();
    }

    @Override
    public List<CaseAccess> ofKind(String caseKey, AccessKind kind) {
        return Arrays.stream(ao.find(AccessLogEntity.class, Query.select().where("CASE_KEY = ? AND WHAT = ?", caseKey,
                kind.id()).order("ID"))).map(AoAccessLog::access).toList();
    }

    /**
     * Pages by the last id read ({@code ID > last}), not by offset: the database finds each page through the
     * primary key, where an offset would make it step over every earlier row again, page after page.
     */
    @Override
    public void forEach(Consumer<CaseAccess> each) {
        int last = 0;
        while (true) {
            AccessLogEntity[] page = ao.find(AccessLogEntity.class, Query.select().where("ID > ?", last).order("ID")
                    .limit(PAGE));
            Arrays.stream(page).map(AoAccessLog::access).forEach(each);
            if (page.length < PAGE) {
                return;
            }
            last = page[page.length - 1].getID();
        }
    }

    private static CaseAccess access(AccessLogEntity row) {
        return new CaseAccess(row.getCaseKey(), row.getUserKey(), Instant.parse(row.getAccessedAt()),
                Identified.byId(AccessKind.class, row.getWhat()).orElseThrow(), row.getDetail());
    }
}
