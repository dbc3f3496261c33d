package org.safeguarding.jira.directory;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.resources.Audience;
import org.safeguarding.resources.Explanation;
import org.safeguarding.resources.Resource;
import org.safeguarding.resources.ResourceCategory;
import org.safeguarding.screening.Gender;
import org.safeguarding.screening.Nation;

public class AoDirectoryStoreTest {
    private static final Resource HELPLINE = new Resource("modern-slavery-helpline", "Modern Slavery Helpline",
            "08000 121 700", "https://www.modernslaveryhelpline.org", Set.of(Nation.WALES, Nation.ENGLAND),
            Audience.EVERYONE, ResourceCategory.ADVICE_AND_REPORTING, List.of("Albanian", "Polish"),
            LocalDate.of(2026, 11, 29), "https://example.org/source", "24 hours", false);

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private ActiveObjects ao;
    @Mock
    private ResourceEntity row;

    private AoDirectoryStore store;

    @Before
    public void setUp() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0)
                .doInTransaction());
        store = new AoDirectoryStore(ao, Clock.fixed(Instant.parse("2026-11-29T10:15:30Z"), ZoneOffset.UTC));
    }

    @Test
    public void create_shouldWriteEveryFieldAndRecordWhoAddedItWhenAndHowItRead() {
        when(ao.create(eq(ResourceEntity.class), anyMap())).thenReturn(row);

        store.create(HELPLINE, "admin");

        verify(ao).create(ResourceEntity.class, Map.of("RESOURCE_ID", "modern-slavery-helpline",
                "NAME", "Modern Slavery Helpline", "AUDIENCE", "everyone", "CATEGORY", "advice-and-reporting",
                "VERIFIED_ON", "2026-11-29", "SOURCE", "https://example.org/source"));
        verify(row).setNations("england,wales");
        verify(row).setLanguages("Albanian\nPolish");
        verify(row).setNotes("24 hours");
        verify(row).save();
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> history = ArgumentCaptor.forClass(Map.class);
        verify(ao).create(eq(ResourceChangeEntity.class), history.capture());
        assertThat(history.getValue().get("ACTION"), equalTo("created"));
        assertThat(history.getValue().get("CHANGED_BY"), equalTo("admin"));
        assertThat(history.getValue().get("CHANGED_AT"), equalTo("2026-11-29T10:15:30Z"));
        assertThat((String) history.getValue().get("SNAPSHOT"), containsString("\"phone\":\"08000 121 700\""));
    }

    @Test
    public void createAndRead_shouldKeepWhomAServiceIsFor() {
        Resource forWomen = new Resource("tara", "TARA", "0141 276 7724", null, Set.of(Nation.SCOTLAND),
                Audience.ADULTS, ResourceCategory.ADULT_SUPPORT, List.of(), LocalDate.of(2026, 12, 1),
                "https://example.org/tara", null, false, Set.of(Gender.FEMALE));
        when(ao.create(eq(ResourceEntity.class), anyMap())).thenReturn(row);

        store.create(forWomen, "admin");

        verify(row).setGenders("female");
        stored(row);
        when(row.getGenders()).thenReturn("female");
        when(ao.find(eq(ResourceEntity.class), argThat((Query query) -> "ID".equals(query.getOrderClause())
                && query.getWhereClause() == null))).thenReturn(new ResourceEntity[] {row});
        assertThat(store.all().get(0).genders(), equalTo(Set.of(Gender.FEMALE)));
    }

    @Test
    public void all_shouldReadEveryEntryBackAsItWasWrittenInTheOrderAdded() {
        stored(row);
        when(ao.find(eq(ResourceEntity.class), argThat((Query query) -> "ID".equals(query.getOrderClause())
                && query.getWhereClause() == null))).thenReturn(new ResourceEntity[] {row});

        assertThat(store.all(), contains(HELPLINE));
    }

    @Test
    public void find_shouldLookTheEntryUpByItsId() {
        stored(row);
        when(ao.find(eq(ResourceEntity.class), argThat((Query query) -> query.getWhereClause() != null
                && query.getWhereParams()[0].equals("modern-slavery-helpline")))).thenReturn(new ResourceEntity[] {row});
        when(ao.find(eq(ResourceEntity.class), argThat((Query query) -> query.getWhereClause() != null
                && query.getWhereParams()[0].equals("nobody")))).thenReturn(new ResourceEntity[0]);

        assertThat(store.find("modern-slavery-helpline").isPresent(), is(true));
        assertThat(store.find("nobody").isPresent(), is(false));
    }

    @Test
    public void retire_shouldKeepTheEntryMarkedRetiredAndRecordIt() {
        stored(row);
        when(ao.find(eq(ResourceEntity.class), any(Query.class))).thenReturn(new ResourceEntity[] {row});

        store.retire("modern-slavery-helpline", "admin");

        verify(row).setRetired(true);
        verify(row).save();
        verify(ao).create(eq(ResourceChangeEntity.class), argThat((Map<String, Object> fields) ->
                "retired".equals(fields.get("ACTION"))));
        verify(ao, never()).create(eq(ResourceEntity.class), anyMap());
    }

    @Test
    public void updateAndRetire_shouldRefuseAnEntryThatIsNotThere() {
        when(ao.find(eq(ResourceEntity.class), any(Query.class))).thenReturn(new ResourceEntity[0]);

        assertThrows(IllegalArgumentException.class, () -> store.update(HELPLINE, "admin"));
        assertThrows(IllegalArgumentException.class, () -> store.retire("nobody", "admin"));
        verify(ao, never()).create(eq(ResourceChangeEntity.class), anyMap());
    }

    @Test
    public void createAndUpdate_shouldWriteNothingThatItsColumnCouldNotHold() {
        Resource tooLong = new Resource(HELPLINE.id(), "n".repeat(256), HELPLINE.phone(), HELPLINE.url(),
                HELPLINE.nations(), HELPLINE.audience(), HELPLINE.category(), HELPLINE.languages(),
                HELPLINE.verifiedOn(), HELPLINE.source(), HELPLINE.notes(), false);

        assertThrows(IllegalArgumentException.class, () -> store.create(tooLong, "admin"));
        assertThrows(IllegalArgumentException.class, () -> store.update(tooLong, "admin"));
        verifyNoInteractions(ao);
    }

    @Test
    public void all_shouldNameAValueTheTableShouldNeverHold() {
        stored(row);
        when(row.getAudience()).thenReturn("aliens");
        when(ao.find(eq(ResourceEntity.class), any(Query.class))).thenReturn(new ResourceEntity[] {row});

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> store.all());

        assertThat(refused.getMessage(), containsString("unknown Audience 'aliens'"));
    }

    @Test
    public void changedByAnyoneBut_shouldNameTheEntriesInTheHistoryOfAnyOtherUser() {
        ResourceChangeEntity first = change("victim-support");
        ResourceChangeEntity second = change("victim-support");
        ResourceChangeEntity third = change("local-food-bank");
        ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
        when(ao.find(eq(ResourceChangeEntity.class), query.capture()))
                .thenReturn(new ResourceChangeEntity[] {first, second, third});

        assertThat(store.changedByAnyoneBut("safeguarding-for-jira"),
                is(Set.of("victim-support", "local-food-bank")));
        assertThat(query.getValue().getWhereClause(), is("CHANGED_BY <> ?"));
        assertThat(query.getValue().getWhereParams(), is(new Object[] {"safeguarding-for-jira"}));
    }

    @Test
    public void reviews_shouldGiveTheLatestReviewOfEachLanguage() {
        ExplanationReviewEntity[] rows = {review("sq", "First reviewer", "2026-11-01"),
            review("pl", "Ewa Nowak", "2026-11-10"), review("sq", "Arta Krasniqi", "2026-11-20")};
        when(ao.find(eq(ExplanationReviewEntity.class), any(Query.class))).thenReturn(rows);

        Map<String, Explanation.Review> reviews = store.reviews();

        assertThat(reviews, equalTo(Map.of(
                "sq", new Explanation.Review("Arta Krasniqi", LocalDate.of(2026, 11, 20)),
                "pl", new Explanation.Review("Ewa Nowak", LocalDate.of(2026, 11, 10)))));
    }

    @Test
    public void recordReview_shouldAppendWhoCheckedWhenAndWhoRecordedIt() {
        store.recordReview("sq", new Explanation.Review("Arta Krasniqi", LocalDate.of(2026, 11, 20)), "admin");

        verify(ao).create(ExplanationReviewEntity.class, Map.of("LANGUAGE", "sq", "REVIEWED_BY", "Arta Krasniqi",
                "REVIEWED_ON", "2026-11-20", "RECORDED_BY", "admin", "RECORDED_AT", "2026-11-29T10:15:30Z"));
    }

    private static ExplanationReviewEntity review(String tag, String by, String on) {
        ExplanationReviewEntity row = mock(ExplanationReviewEntity.class);
        when(row.getLanguage()).thenReturn(tag);
        when(row.getReviewedBy()).thenReturn(by);
        when(row.getReviewedOn()).thenReturn(on);
        return row;
    }

    private static void stored(ResourceEntity row) {
        when(row.getResourceId()).thenReturn("modern-slavery-helpline");
        when(row.getName()).thenReturn("Modern Slavery Helpline");
        when(row.getPhone()).thenReturn("08000 121 700");
        when(row.getUrl()).thenReturn("https://www.modernslaveryhelpline.org");
        when(row.getNations()).thenReturn("england,wales");
        when(row.getAudience()).thenReturn("everyone");
        when(row.getCategory()).thenReturn("advice-and-reporting");
        when(row.getLanguages()).thenReturn("Albanian\nPolish");
        when(row.getVerifiedOn()).thenReturn("2026-11-29");
        when(row.getSource()).thenReturn("https://example.org/source");
        when(row.getNotes()).thenReturn("24 hours");
    }

    private static ResourceChangeEntity change(String resourceId) {
        ResourceChangeEntity change = mock(ResourceChangeEntity.class);
        when(change.getResourceId()).thenReturn(resourceId);
        return change;
    }
}
