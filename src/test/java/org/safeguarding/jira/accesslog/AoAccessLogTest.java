package org.safeguarding.jira.accesslog;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.schema.Indexed;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

public class AoAccessLogTest {
    private static final Instant NINE = Instant.parse("2026-11-29T09:00:00Z");

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ActiveObjects ao;

    private AoAccessLog log;

    @Before
    public void setUp() {
        log = new AoAccessLog(ao);
    }

    @Test
    public void append_shouldCreateOneRowWithEveryValueInATransaction() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0)
                .doInTransaction());

        log.append(new CaseAccess("SG-1", "worker", NINE, AccessKind.EXPORTED, "safeguarding.access.detail.handout"));

        verify(ao).create(AccessLogEntity.class, Map.of("CASE_KEY", "SG-1", "USER_KEY", "worker",
                "ACCESSED_AT", "2026-11-29T09:00:00Z", "WHAT", "exported",
                "DETAIL", "safeguarding.access.detail.handout"));
    }

    @Test
    public void latest_shouldAskForTheCasesNewestRowsOnly() {
        AccessLogEntity row = row("SG-1", "viewed");
        when(ao.find(eq(AccessLogEntity.class), any(Query.class))).thenReturn(new AccessLogEntity[] {row});

        List<CaseAccess> latest = log.latest("SG-1", 20);

        assertThat(latest, is(List.of(new CaseAccess("SG-1", "worker", NINE, AccessKind.VIEWED, null))));
        verify(ao).find(eq(AccessLogEntity.class), argThat((Query query) -> "CASE_KEY = ?".equals(
                query.getWhereClause()) && "SG-1".equals(query.getWhereParams()[0])
                && "ID DESC".equals(query.getOrderClause()) && query.getLimit() == 20));
    }

    @Test
    public void ofKind_shouldAskForTheCasesRowsOfThatKindOldestFirst() {
        AccessLogEntity row = row("SG-1", "transitioned");
        when(row.getDetail()).thenReturn("Report missing");
        when(ao.find(eq(AccessLogEntity.class), any(Query.class))).thenReturn(new AccessLogEntity[] {row});

        List<CaseAccess> steps = log.ofKind("SG-1", AccessKind.TRANSITIONED);

        assertThat(steps, is(List.of(new CaseAccess("SG-1", "worker", NINE, AccessKind.TRANSITIONED,
                "Report missing"))));
        verify(ao).find(eq(AccessLogEntity.class), argThat((Query query) -> "CASE_KEY = ? AND WHAT = ?".equals(
                query.getWhereClause()) && "transitioned".equals(query.getWhereParams()[1])
                && "ID".equals(query.getOrderClause())));
    }

    @Test
    public void forEach_shouldReadTheWholeLogPageByPageOldestFirstFromTheLastIdRead() {
        AccessLogEntity[] full = new AccessLogEntity[AoAccessLog.PAGE];
        Arrays.fill(full, row("SG-1", "viewed"));
        AccessLogEntity lastOfFirstPage = row("SG-1", "viewed");
        when(lastOfFirstPage.getID()).thenReturn(1042);
        full[AoAccessLog.PAGE - 1] = lastOfFirstPage;
        AccessLogEntity last = row("SG-2", "exported");
        when(ao.find(eq(AccessLogEntity.class), any(Query.class))).thenReturn(full, new AccessLogEntity[] {last});
        List<CaseAccess> all = new ArrayList<>();

        log.forEach(all::add);

        assertThat(all.size(), is(AoAccessLog.PAGE + 1));
        assertThat(all.get(AoAccessLog.PAGE).kind(), is(AccessKind.EXPORTED));
        verify(ao).find(eq(AccessLogEntity.class), argThat((Query query) -> pageAfter(query, 0)));
        verify(ao).find(eq(AccessLogEntity.class), argThat((Query query) -> pageAfter(query, 1042)));
    }

    @Test
    public void caseKey_shouldBeIndexedForTheLeadsIssueView() throws Exception {
        assertThat(AccessLogEntity.class.getMethod("getCaseKey").isAnnotationPresent(Indexed.class), is(true));
    }

    /** A page found through the primary key: never an offset, which would step over every earlier row again. */
    private static boolean pageAfter(Query query, int lastId) {
        return "ID > ?".equals(query.getWhereClause()) && Integer.valueOf(lastId).equals(query.getWhereParams()[0])
                && query.getOffset() == 0 && "ID".equals(query.getOrderClause())
                && query.getLimit() == AoAccessLog.PAGE;
    }

    private static AccessLogEntity row(String caseKey, String what) {
        AccessLogEntity row = mock(AccessLogEntity.class);
        when(row.getCaseKey()).thenReturn(caseKey);
        when(row.getUserKey()).thenReturn("worker");
        when(row.getAccessedAt()).thenReturn(NINE.toString());
        when(row.getWhat()).thenReturn(what);
        return row;
    }
}
