package org.safeguarding.jira.records;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import net.java.ao.Query;
import org.safeguarding.referral.ClosedCase;

/** Closed cases in Active Objects: one row per case, updated when it closes again or is reopened,
 * removed when it is anonymised. */
@Named
public class AoClosedCases implements ClosedCases {
    private final ActiveObjects ao;

    @Inject
    public AoClosedCases(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void closed(String caseKey, LocalDate closedOn, LocalDate reviewOn) {
        ao.executeInTransaction(() -> {
            ClosedCaseEntity[] rows = rowsOf(caseKey);
            if (rows.length == 0) {
                Map<String, Object> row = new HashMap<>(Map.of("CASE_KEY", caseKey, "CLOSED_ON",
                        closedOn.toString(), "REOPENED", false));
                if (reviewOn != null) {
                    row.put("REVIEW_ON", reviewOn.toString());
                }
                return ao.create(ClosedCaseEntity.class, row);
            }
            ClosedCaseEntity row = rows[0];
            row.setClosedOn(closedOn.toString());
            row.setReviewOn(reviewOn == null ? null : reviewOn.toString());
            row.setReopened(false);
            row.save();
            return row;
        });
    }

    @Override
    public void reopened(String caseKey) {
        ao.executeInTransaction(() -> {
            for (ClosedCaseEntity row : rowsOf(caseKey)) {
                row.setReopened(true);
                row.save();
            }
            return null;
        });
    }

    @Override
    public void anonymised(String caseKey) {
        ao.executeInTransaction(() -> {
            ao.delete(rowsOf(caseKey));
            return null;
        });
    }

    @Override
    public List<ClosedCase> all() {
        return Arrays.stream(ao.find(ClosedCaseEntity.class, Query.select().where("REOPENED = ?", false)
                .order("CLOSED_ON"))).map(row -> new ClosedCase(row.getCaseKey(), LocalDate.parse(row.getClosedOn()),
                row.getReviewOn() == null ? null : LocalDate.parse(row.getReviewOn()))).toList();
    }

    private ClosedCaseEntity[] rowsOf(String caseKey) {
        return ao.find(ClosedCaseEntity.class, Query.select().where("CASE_KEY = ?", caseKey));
    }
}
