package org.safeguarding.jira.connections;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.safeguarding.referral.Marker;
import org.safeguarding.referral.MarkerKind;

public class CaseMarkersTest {
    private static final Marker PHONE = new Marker(MarkerKind.PHONE, "07700 900123", "+447700900123");

    /** Another lead's recording is left out, and a case with two recordings is asked about once. */
    @Test
    public void onCasesLed_shouldKeepTheRecordingsOnLedCasesAskingEachCaseOnce() {
        CaseMarkers.Recorded first = recorded(1, "SG-1");
        CaseMarkers.Recorded theirs = recorded(2, "SG-9");
        CaseMarkers.Recorded again = recorded(3, "SG-1");
        List<String> asked = new ArrayList<>();

        List<CaseMarkers.Recorded> led = CaseMarkers.onCasesLed(List.of(first, theirs, again), key -> {
            asked.add(key);
            return key.startsWith("SG-1");
        });

        assertThat(led, contains(first, again));
        assertThat(asked, contains("SG-1", "SG-9"));
    }

    @Test
    public void number_shouldTakeDigitsThatFitALongAndNothingElse() {
        assertThat(CaseMarkers.number("42"), is(Optional.of(42L)));
        for (String bad : new String[] {null, "", "-1", "+1", " 1", "1e3", "x", "1234567890123456789"}) {
            assertThat(bad, CaseMarkers.number(bad), is(Optional.empty()));
        }
    }

    private static CaseMarkers.Recorded recorded(long id, String caseKey) {
        return new CaseMarkers.Recorded(id, caseKey, PHONE, "lead", Instant.EPOCH);
    }
}
