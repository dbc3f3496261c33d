package org.safeguarding.jira.records;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.referral.ClosedCase;

public class AoClosedCasesTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ActiveObjects ao;
    @Mock
    private ClosedCaseEntity row;

    private AoClosedCases closed;

    @Before
    public void setUp() {
        closed = new AoClosedCases(ao);
    }

    private void inTransactions() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0)
                .doInTransaction());
    }

    @Test
    public void closed_shouldAddACaseClosedForTheFirstTime() {
        inTransactions();
        when(ao.find(eq(ClosedCaseEntity.class), any(Query.class))).thenReturn(new ClosedCaseEntity[0]);

        closed.closed("SG-1", LocalDate.of(2026, 11, 29), LocalDate.of(2032, 11, 29));

        verify(ao).create(ClosedCaseEntity.class, Map.of("CASE_KEY", "SG-1", "CLOSED_ON", "2026-11-29",
                "REOPENED", false, "REVIEW_ON", "2032-11-29"));
    }

    @Test
    public void closed_shouldUpdateACaseClosedBeforeAndReopened() {
        inTransactions();
        when(ao.find(eq(ClosedCaseEntity.class), any(Query.class))).thenReturn(new ClosedCaseEntity[] {row});

        closed.closed("SG-1", LocalDate.of(2026, 11, 29), null);

        verify(row).setClosedOn("2026-11-29");
        verify(row).setReviewOn(null);
        verify(row).setReopened(false);
        verify(row).save();
        verify(ao, never()).create(eq(ClosedCaseEntity.class), any(Map.class));
    }

    @Test
    public void reopened_shouldMarkTheCaseReopened() {
        inTransactions();
        when(ao.find(eq(ClosedCaseEntity.class), argThat((Query query) -> "CASE_KEY = ?".equals(
                query.getWhereClause()) && "SG-1".equals(query.getWhereParams()[0])))).thenReturn(
                new ClosedCaseEntity[] {row});

        closed.reopened("SG-1");

        verify(row).setReopened(true);
        verify(row).save();
    }

    @Test
    public void anonymised_shouldTakeTheCaseOffTheList() {
        inTransactions();
        when(ao.find(eq(ClosedCaseEntity.class), argThat((Query query) -> "CASE_KEY = ?".equals(
                query.getWhereClause()) && "SG-1".equals(query.getWhereParams()[0])))).thenReturn(
                new ClosedCaseEntity[] {row});

        closed.anonymised("SG-1");

        verify(ao).delete(row);
    }

    @Test
    public void all_shouldGiveTheCasesStillClosedOldestFirst() {
        ClosedCaseEntity withoutReview = mock(ClosedCaseEntity.class);
        when(withoutReview.getCaseKey()).thenReturn("SG-2");
        when(withoutReview.getClosedOn()).thenReturn("2026-01-02");
        when(ao.find(eq(ClosedCaseEntity.class), argThat((Query query) -> "REOPENED = ?".equals(
                query.getWhereClause()) && "CLOSED_ON".equals(query.getOrderClause())))).thenReturn(
                new ClosedCaseEntity[] {withoutReview});

        assertThat(closed.all(), is(List.of(new ClosedCase("SG-2", LocalDate.of(2026, 1, 2), null))));
    }
}
