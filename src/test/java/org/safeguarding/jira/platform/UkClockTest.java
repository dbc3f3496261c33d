package org.safeguarding.jira.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;
import org.safeguarding.screening.Screening;

public class UkClockTest {
    /** 00:30 on 2 July 2026 in the UK (BST), still 1 July on a server that runs in UTC. */
    private static final Instant HALF_PAST_MIDNIGHT_BST = Instant.parse("2026-07-01T23:30:00Z");
    /** What takes the server's zone instead of the UK's: none of it may stand in the product code. */
    private static final Pattern SERVER_ZONE = Pattern.compile("Clock\\.systemDefaultZone\\(\\)|Clock\\.systemUTC\\(\\)"
            + "|ZoneId\\.systemDefault\\(\\)|(LocalDate|LocalDateTime|LocalTime|ZonedDateTime)\\.now\\(\\)");
    private static final Pattern OWN_CLOCK = Pattern.compile("new UkClock\\(|Clock\\.(system|fixed|offset)\\(");

    @Test
    public void today_shouldBeTheUksDayAtHalfPastMidnightInSummer() {
        Clock uk = Clock.fixed(HALF_PAST_MIDNIGHT_BST, UkClock.ZONE);

        assertThat(LocalDate.now(uk), is(LocalDate.of(2026, 7, 2)));
        assertThat(new UkClock().getZone(), is(UkClock.ZONE));
    }

    /** Someone turning 18 on 2 July is an adult from the first minute of that day in the UK, not an hour later. */
    @Test
    public void eighteenthBirthday_shouldCountFromMidnightInTheUk() {
        Screening turning18 = Screening.builder().dateOfBirth(LocalDate.of(2008, 7, 2)).build();

        assertThat(turning18.treatedAsChild(LocalDate.now(Clock.fixed(HALF_PAST_MIDNIGHT_BST, UkClock.ZONE))),
                is(false));
        assertThat("the server's UTC day, the day before, still made them a child", turning18.treatedAsChild(
                LocalDate.now(Clock.fixed(HALF_PAST_MIDNIGHT_BST, ZoneOffset.UTC))), is(true));
    }

    @Test
    public void productCode_shouldTakeNoDateOrTimeInTheServersZone() throws IOException {
        assertThat(productFilesMatching(SERVER_ZONE), empty());
    }

    /** One clock, injected: a class that makes its own would escape the tests' fixed clocks. */
    @Test
    public void productCode_shouldMakeNoClockOfItsOwn() throws IOException {
        assertThat(productFilesMatching(OWN_CLOCK), contains("org/safeguarding/jira/platform/UkClock.java"));
    }

    private static List<String> productFilesMatching(Pattern pattern) throws IOException {
        Path main = Path.of(System.getProperty("basedir", "."), "src", "main", "java");
        try (Stream<Path> files = Files.walk(main)) {
            return files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    return pattern.matcher(Files.readString(file)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(file -> main.relativize(file).toString().replace('\\', '/')).toList();
        }
    }
}
