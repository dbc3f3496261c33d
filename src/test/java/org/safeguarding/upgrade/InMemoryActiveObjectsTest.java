package org.safeguarding.upgrade;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import java.util.Arrays;
import java.util.Map;
import net.java.ao.Query;
import org.junit.Test;
import org.safeguarding.jira.records.ClosedCaseEntity;

/** The stand-in for Jira's database is as strict as the database, or an upgrade test proves nothing. */
public class InMemoryActiveObjectsTest {
    private final InMemoryActiveObjects ao = new InMemoryActiveObjects();

    @Test
    public void create_shouldNameTablesAndColumnsAsActiveObjectsDoes() {
        ClosedCaseEntity row = ao.create(ClosedCaseEntity.class, Map.of("CASE_KEY", "SG-1", "CLOSED_ON", "2026-12-04"));

        assertThat(row.getID(), is(1));
        assertThat(ao.tables().get("CLOSED_CASE").get(0), is(Map.of("ID", 1, "CASE_KEY", "SG-1",
                "CLOSED_ON", "2026-12-04")));
    }

    @Test
    public void create_shouldRefuseAnEmptyNotNullColumn() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ao.create(ClosedCaseEntity.class, Map.of("CASE_KEY", "SG-1")));

        assertThat(refused.getMessage(), is("CLOSED_CASE.CLOSED_ON is NOT NULL and was given no value"));
    }

    @Test
    public void create_shouldRefuseAColumnTheEntityDoesNotDeclare() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ao.create(
                ClosedCaseEntity.class, Map.of("CASE_KEY", "SG-1", "CLOSED_ON", "2026-12-04", "CLOSED_BY", "u")));

        assertThat(refused.getMessage(), is("CLOSED_CASE has no column CLOSED_BY"));
    }

    @Test
    public void save_shouldRefuseAStringLongerThanTheDefault255Characters() {
        ClosedCaseEntity row = ao.create(ClosedCaseEntity.class, Map.of("CASE_KEY", "SG-1", "CLOSED_ON", "x"));
        row.setReviewOn("y".repeat(256));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, row::save);

        assertThat(refused.getMessage(), is("CLOSED_CASE.REVIEW_ON holds 255 characters at most; given 256"));
        assertThat(ao.tables().get("CLOSED_CASE").get(0).get("REVIEW_ON"), is((Object) null));
    }

    @Test
    public void find_shouldFilterOrderAndLimitAsTheAppsQueriesAsk() {
        for (String key : new String[] {"SG-2", "SG-1", "SG-3"}) {
            ao.create(ClosedCaseEntity.class, Map.of("CASE_KEY", key, "CLOSED_ON", "2026-12-0" + key.charAt(3),
                    "REOPENED", key.equals("SG-3")));
        }

        ClosedCaseEntity[] found = ao.find(ClosedCaseEntity.class, Query.select().where("REOPENED = ?", false)
                .order("CLOSED_ON DESC").limit(5));

        assertThat(Arrays.stream(found).map(ClosedCaseEntity::getCaseKey).toList(), contains("SG-2", "SG-1"));
    }

    @Test
    public void find_shouldRefuseAQueryFormTheAppDoesNotUse() {
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> ao.find(ClosedCaseEntity.class, Query.select().where("CASE_KEY LIKE ?", "SG%")));

        assertThat(refused.getMessage(), is("not an operator the app uses: LIKE"));
    }
}
