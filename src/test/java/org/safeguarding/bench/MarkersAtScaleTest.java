package org.safeguarding.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;
import org.safeguarding.jira.connections.CaseMarkers;
import org.safeguarding.jira.connections.MarkerEntity;
import org.safeguarding.upgrade.H2ActiveObjects;

/**
 * A case view's look-up of the cases sharing a marker, over 100,000 markers on 20,000 cases in a real database: the
 * queries the app sends, and the database's own plan for each, which names the index that serves it (issue 34).
 */
public class MarkersAtScaleTest {
    private static MarkersAtScale scale;

    @BeforeClass
    public static void load() {
        scale = new MarkersAtScale(100_000);
    }

    @Test
    public void connectedCases_shouldAskOneQueryServedByAnIndexWhateverTheTableHolds() throws Exception {
        H2ActiveObjects database = scale.database();
        database.queriesSinceLastAsked();

        assertThat(scale.markers().connectedCases("SG-10000"), containsInAnyOrder("SG-10001", "SG-10002"));
        assertThat(scale.markers().connectedCases("SG-999999"), is(empty()));

        List<H2ActiveObjects.Sent> sent = database.queriesSinceLastAsked();
        assertThat(sent, hasSize(2));
        for (H2ActiveObjects.Sent query : sent) {
            assertThat(database.plan(query), containsString("IDX_CASE_CONNECTION_CASE_KEY"));
        }
    }

    /** The connections loaded are those the markers make: the cases holding SG-10000's workplace. */
    @Test
    public void connectedCases_shouldBeTheCasesSharingAMarker() {
        long workplace = scale.markers().forCase("SG-10000").get(0).id();

        assertThat(scale.markers().sameAs(workplace).stream().map(CaseMarkers.Recorded::caseKey).toList(),
                containsInAnyOrder("SG-10000", "SG-10001", "SG-10002"));
    }

    @Test
    public void load_shouldHoldEveryMarkerAndOneSharedRowForEachWorkplaceSharedByThree() {
        assertThat(scale.database().count(MarkerEntity.class), is(100_000));
        assertThat(scale.markers().forCase("SG-1").stream().map(recorded -> recorded.marker().kind().id()).toList(),
                contains("place", "phone", "phone", "phone", "phone"));
    }
}
