package org.safeguarding.jira.cases;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Test;
import org.safeguarding.jira.platform.TestUser;
import org.safeguarding.referral.AccessKind;
import org.safeguarding.referral.CaseAccess;

public class AccessRecorderTest {
    private static final Instant NINE = Instant.parse("2026-11-29T09:00:00Z");

    private final InMemoryAccessLog log = new InMemoryAccessLog();
    private final TestUser user = TestUser.worker();

    @Test
    public void viewed_shouldRecordWhoOpenedWhichCaseWhen() {
        recorderAt(NINE).viewed("SG-1", "safeguarding.access.detail.case");

        assertThat(log.latest("SG-1", 10), is(List.of(new CaseAccess("SG-1", "worker", NINE, AccessKind.VIEWED,
                "safeguarding.access.detail.case"))));
    }

    @Test
    public void viewed_shouldRecordOneViewPerPersonAndCaseInTenMinutes() {
        MovingClock clock = new MovingClock();
        AccessRecorder recorder = new AccessRecorder(log, user, clock);

        recorder.viewed("SG-1", null);
        clock.now = NINE.plus(Duration.ofMinutes(9));
        recorder.viewed("SG-1", null);
        recorder.viewed("SG-2", null);
        user.admin();
        recorder.viewed("SG-1", null);
        clock.now = NINE.plus(Duration.ofMinutes(10));
        user.notAdmin();
        recorder.viewed("SG-1", null);

        assertThat(log.latest("SG-1", 10).size(), is(3));
        assertThat(log.latest("SG-2", 10).size(), is(1));
    }

    @Test
    public void viewed_shouldRecordEachKindOfViewOfACaseOnItsOwn() {
        AccessRecorder recorder = recorderAt(NINE);

        recorder.viewed("SG-1", "safeguarding.access.detail.case");
        recorder.viewed("SG-1", "safeguarding.access.detail.markers");
        recorder.viewed("SG-1", "safeguarding.access.detail.markers");

        assertThat(log.latest("SG-1", 10).stream().map(CaseAccess::detail).sorted().toList(),
                is(List.of("safeguarding.access.detail.case", "safeguarding.access.detail.markers")));
    }

    @Test
    public void exported_shouldRecordEveryExport() {
        AccessRecorder recorder = recorderAt(NINE);

        recorder.exported("SG-1", "safeguarding.access.detail.handout");
        recorder.exported("SG-1", "safeguarding.access.detail.handout");

        assertThat(log.latest("SG-1", 10).size(), is(2));
        assertThat(log.latest("SG-1", 10).get(0).kind(), is(AccessKind.EXPORTED));
    }

    @Test
    public void nothing_shouldBeRecordedForSomeoneNotLoggedIn() {
        user.anonymous();
        AccessRecorder recorder = recorderAt(NINE);

        recorder.viewed("SG-1", null);
        recorder.exported("SG-1", null);

        assertThat(log.latest("SG-1", 10).isEmpty(), is(true));
    }

    private AccessRecorder recorderAt(Instant now) {
        return new AccessRecorder(log, user, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {
        Instant now = NINE;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
