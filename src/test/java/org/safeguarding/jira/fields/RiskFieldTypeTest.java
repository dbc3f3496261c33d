package org.safeguarding.jira.fields;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.cases.JiraCaseReader;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.screening.AgeGroup;
import org.safeguarding.screening.Answer;
import org.safeguarding.screening.Organisation;
import org.safeguarding.screening.Question;
import org.safeguarding.screening.Screening;

public class RiskFieldTypeTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private JiraCaseReader reader;
    @Mock
    private Issue issue;
    @Mock
    private CustomField field;

    @Test
    public void getValueFromIssue_shouldBeTheAssessedRiskLevel() {
        when(reader.read(issue)).thenReturn(Optional.of(Screening.builder().ageGroup(AgeGroup.UNDER_18)
                .answer(Question.OWES_MONEY, Answer.YES).build()));

        assertThat(type().getValueFromIssue(field, issue), is("high"));
    }

    @Test
    public void getValueFromIssue_shouldBeEmptyForAnIssueThatIsNotASafeguardingConcern() {
        when(reader.read(issue)).thenReturn(Optional.empty());

        assertThat(type().getValueFromIssue(field, issue), is(nullValue()));
    }

    @Test
    public void getSingularObjectFromString_shouldAcceptOnlyARiskLevel() {
        assertThat(type().getSingularObjectFromString(" medium "), is("medium"));
        assertThat(type().getSingularObjectFromString("severe"), is(nullValue()));
        assertThat(type().getSingularObjectFromString(null), is(nullValue()));
    }

    @Test
    public void compare_shouldSortTheMostSeriousFirstNotByTheIdsSpelling() {
        List<String> levels = new ArrayList<>(List.of("low", "not-enough-information", "high", "immediate-danger",
                "medium"));

        levels.sort((one, other) -> type().compare(one, other, null));

        assertThat(levels, is(List.of("immediate-danger", "high", "medium", "low", "not-enough-information")));
        assertThat("a value that is no level sorts last", type().compare("nonsense", "low", null) > 0, is(true));
    }

    private RiskFieldType type() {
        return new RiskFieldType(reader, InMemorySettings.of(new Organisation(false, false)), TODAY);
    }
}
