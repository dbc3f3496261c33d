package org.safeguarding.jira.cases;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.Test;
import org.safeguarding.jira.platform.rest.FieldError;
import org.safeguarding.screening.Screening;

/** What the reader makes of values; the errors it names are tested through the REST resource that serves them. */
public class ScreeningJsonReaderTest {
    @Test
    public void read_shouldTreatTextThatDrawsNothingAsNotRecorded() {
        Screening screening = ScreeningJsonReader.read("{\"language\": \"\\u200B\", "
                + "\"notes\": {\"owes-money\": \"\\u00A0\\uFEFF\"}, \"policeDescription\": {\"height\": \"\\u200B\"}}",
                LocalDate.of(2026, 12, 1)).screening();

        assertThat(screening.language().isPresent(), is(false));
        assertThat(screening.notes().isEmpty(), is(true));
        assertThat(screening.policeDescription().isEmpty(), is(true));
    }

    @Test
    public void read_shouldKeepHowTheyLeftAndWhyNowAndRefuseThemOverTheNotesLimit() {
        ScreeningJsonReader.Result read = ScreeningJsonReader.read("{\"situationNow\": \"  Ran when the door was "
                + "left open \", \"whyNow\": \"Saw our poster\"}", LocalDate.of(2026, 12, 1));
        ScreeningJsonReader.Result tooLong = ScreeningJsonReader.read("{\"whyNow\": \"" + "x".repeat(5001) + "\"}",
                LocalDate.of(2026, 12, 1));

        assertThat(read.screening().situationNow(), is(Optional.of("Ran when the door was left open")));
        assertThat(read.screening().whyNow(), is(Optional.of("Saw our poster")));
        assertThat(tooLong.errors().get(0).field(), is("whyNow"));
    }

    @Test
    public void read_shouldKeepAPersonReferenceAndRefuseANameOrAnythingButANumberInWords() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        ScreeningJsonReader.Result kept = ScreeningJsonReader.read("{\"personReference\": \" G-1023 \"}", today);
        ScreeningJsonReader.Result name = ScreeningJsonReader.read("{\"personReference\": \"Amira Hassan\"}", today);
        ScreeningJsonReader.Result marks = ScreeningJsonReader.read("{\"personReference\": \"G-1023!\"}", today);
        ScreeningJsonReader.Result tooLong = ScreeningJsonReader.read("{\"personReference\": \"" + "1".repeat(41)
                + "\"}", today);
        ScreeningJsonReader.Result wrongType = ScreeningJsonReader.read("{\"personReference\": [\"G-1023\"]}", today);

        assertThat(kept.screening().personReference(), is(Optional.of("G-1023")));
        assertThat(name.errors(), contains(FieldError.of("personReference",
                "safeguarding.error.person-reference.no-digit")));
        assertThat(marks.errors(), contains(FieldError.of("personReference",
                "safeguarding.error.person-reference.characters")));
        assertThat(tooLong.errors(), contains(FieldError.of("personReference", "safeguarding.error.too-long", 40)));
        assertThat(wrongType.errors().isEmpty(), is(false));
        assertThat(wrongType.screening(), is(nullValue()));
    }
}
