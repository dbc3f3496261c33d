package org.safeguarding.jira.figures;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.safeguarding.jira.leads.FiguresReaders;
import org.safeguarding.jira.platform.InMemorySettings;
import org.safeguarding.jira.platform.PropertiesTexts;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.AppSettings;
import org.safeguarding.referral.Band;
import org.safeguarding.referral.Figures;
import org.safeguarding.screening.Nation;

public class FiguresResourceTest {
    private static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    private UserManager userManager;

    private final TestUser user = TestUser.worker();
    private final InMemoryPublishedFigures published = new InMemoryPublishedFigures();
    private final List<Figures.CaseFacts> facts = new ArrayList<>();
    private FiguresResource resource;

    @Before
    public void setUp() {
        facts.addAll(Collections.nCopies(12, raised(2025)));
        facts.add(raised(2026));
        resource = resource(() -> facts);
    }

    private FiguresResource resource(CaseFigures figures) {
        return new FiguresResource(user, new FiguresReaders(userManager, new InMemorySettings(new AppSettings(Set.of(),
                false, false, "safeguarding-leads", null, null))), figures, published, new PropertiesTexts(),
                DECEMBER_2026);
    }

    private static Figures.CaseFacts raised(int year) {
        return new Figures.CaseFacts(LocalDate.of(year, 6, 1), Set.of(), Set.of(), Optional.of(Nation.ENGLAND),
                Optional.of(false), Optional.empty(), Optional.empty());
    }

    private void lead() {
        when(userManager.isUserInGroup(new UserKey(user.key().orElseThrow()), "safeguarding-leads")).thenReturn(true);
    }

    private static String json(Response response) throws Exception {
        return new ObjectMapper().writeValueAsString(response.getEntity());
    }

    @Test
    public void publish_shouldKeepTheYearAsCountedFromTheCasesTheLeadSees() {
        lead();

        Response response = resource.publish("2025");

        assertThat(response.getStatus(), is(201));
        PublishedFigures.Published kept = published.year(2025).orElseThrow();
        assertThat(kept.figures().raised().total(), is(new Band(10)));
        assertThat(kept.on(), is(LocalDate.of(2026, 12, 1)));
    }

    /** Published figures never change, even when the cases behind them do. */
    @Test
    public void publish_shouldRefuseAYearAlreadyPublishedAndKeepItAsItWas() {
        lead();
        resource.publish("2025");
        PublishedFigures.Published first = published.year(2025).orElseThrow();
        facts.addAll(Collections.nCopies(10, raised(2025)));

        Response again = resource.publish("2025");

        assertThat(again.getStatus(), is(409));
        assertThat(published.all(), contains(first));
    }

    @Test
    public void publish_shouldRefuseAYearNotOverBeforeTheFirstCaseOrNotAYearSayingWhichCanBe() throws Exception {
        lead();

        for (String year : List.of("2026", "2024", "next", "")) {
            Response refused = resource.publish(year);
            assertThat(year, refused.getStatus(), is(400));
            assertThat(json(refused), containsString("There are no figures to publish for " + year
                    + ": a year can be published once it is over (before 2026)"));
        }
        assertThat(published.all(), is(empty()));
    }

    /** Every case is read only for a year that can be published; a wrong year is answered from the oldest case. */
    @Test
    public void publish_shouldRefuseAYearBeforeTheFirstCaseWithoutReadingEveryCase() {
        lead();
        resource = resource(new CaseFigures() {
            @Override
            public List<Figures.CaseFacts> facts() {
                throw new AssertionError("every case was read for a year that cannot be published");
            }

            @Override
            public Optional<LocalDate> firstRaised() {
                return Optional.of(LocalDate.of(2025, 6, 1));
            }
        });

        assertThat(resource.publish("2024").getStatus(), is(400));
    }

    @Test
    public void publish_shouldAskSomeoneNotLoggedInToLogIn() {
        user.anonymous();

        assertThat(resource.publish("2025").getStatus(), is(401));
        assertThat(published.all(), is(empty()));
    }

    @Test
    public void publish_shouldRefuseSomeoneWhoMayNotReadTheFiguresBeforeLookingAtAnything() {
        resource = resource(() -> {
            throw new AssertionError("the cases were read before the permission check");
        });

        assertThat(resource.publish("2025").getStatus(), is(403));
        assertThat(published.all(), is(empty()));
    }

    @Test
    public void publish_shouldPublishNothingWhenJiraCannotSearch() {
        lead();
        resource = resource(() -> {
            throw new CaseFigures.Unavailable(new IllegalStateException("reindexing"));
        });

        assertThat(resource.publish("2025").getStatus(), is(503));
        assertThat(published.all(), is(empty()));
    }
}
