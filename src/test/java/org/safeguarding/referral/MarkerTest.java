package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Optional;
import org.junit.Test;

/** Each kind of marker's key, and every bad input refused with words that say what to put right (issue 34). */
public class MarkerTest {
    @Test
    public void phone_shouldBeOneInternationalFormHoweverAUkNumberIsWritten() {
        assertThat(key(MarkerKind.PHONE, "07700 900123"), is("+447700900123"));
        assertThat(key(MarkerKind.PHONE, "+44 7700 900123"), is("+447700900123"));
        assertThat(key(MarkerKind.PHONE, "0044 (0)7700-900-123"), is("+447700900123"));
        assertThat(key(MarkerKind.PHONE, "(020) 7946 0018"), is("+442079460018"));
    }

    @Test
    public void phone_shouldKeepAnotherCountrysNumberInItsInternationalForm() {
        assertThat(key(MarkerKind.PHONE, "+40 721 234 567"), is("+40721234567"));
        assertThat(key(MarkerKind.PHONE, "00 40 721 234 567"), is("+40721234567"));
        assertThat(key(MarkerKind.PHONE, "+355 69 123 4567"), is("+355691234567"));
    }

    @Test
    public void phone_shouldRefuseWhatIsNoPhoneNumber() {
        for (String notANumber : new String[] {"call the boss", "12", "+44 1", "07700 900123 900123 900123"}) {
            assertThat(notANumber, problem(MarkerKind.PHONE, notANumber), is("safeguarding.marker.error.phone"));
        }
    }

    @Test
    public void place_shouldWriteAUkPostcodeWithoutItsSpaceInCapitals() {
        String carWash = "sparkle car wash 14 mill lane M11AE";
        assertThat(key(MarkerKind.PLACE, "Sparkle Car Wash, 14 Mill Lane, m1 1ae"), is(carWash));
        assertThat(key(MarkerKind.PLACE, "sparkle car-wash 14 MILL LANE M11AE"), is(carWash));
        assertThat(key(MarkerKind.PLACE, "Unit 3, EC1A 1BB"), is("unit 3 EC1A1BB"));
    }

    @Test
    public void place_shouldNotTakeACodeInsideAWordForAPostcode() {
        assertThat(key(MarkerKind.PLACE, "Flat XM11AEZ"), is("flat xm11aez"));
    }

    @Test
    public void place_shouldRefusePunctuationAlone() {
        assertThat(problem(MarkerKind.PLACE, "--, ."), is("safeguarding.marker.error.place"));
    }

    @Test
    public void vehicle_shouldBeOneRegistrationWithoutSpacesHyphensOrDotsInCapitals() {
        assertThat(key(MarkerKind.VEHICLE, "ab12 cde"), is("AB12CDE"));
        assertThat(key(MarkerKind.VEHICLE, "AB-12-CDE"), is("AB12CDE"));
        assertThat(key(MarkerKind.VEHICLE, "B 123.ABC"), is("B123ABC"));
    }

    @Test
    public void vehicle_shouldRefuseWhatNoPlateCouldSay() {
        for (String notAPlate : new String[] {"A", "white van", "AB12 CDE!", "ABCDEFGHIJK"}) {
            assertThat(notAPlate, problem(MarkerKind.VEHICLE, notAPlate), is("safeguarding.marker.error.vehicle"));
        }
    }

    @Test
    public void name_shouldMatchWithoutCaseAccentsOrPunctuation() {
        assertThat(key(MarkerKind.NAME, "José O'Brien"), is("jose o brien"));
        assertThat(key(MarkerKind.NAME, "JOSE  O BRIEN"), is("jose o brien"));
        assertThat(key(MarkerKind.NAME, "\"Big Ștefan\""), is("big stefan"));
    }

    @Test
    public void name_shouldKeepOtherScriptsWithoutTheirMarks() {
        assertThat(key(MarkerKind.NAME, "مُحَمَّد"), is("محمد"));
        assertThat(key(MarkerKind.NAME, "Дмитрий"), is("дмитрий"));
        assertThat(key(MarkerKind.NAME, "ĐẠT"), is("đat"));
    }

    @Test
    public void name_shouldRefusePunctuationAlone() {
        assertThat(problem(MarkerKind.NAME, "?!"), is("safeguarding.marker.error.name"));
    }

    @Test
    public void online_shouldBeASiteWithoutSchemeWwwOrClosingSlash() {
        assertThat(key(MarkerKind.ONLINE, "https://www.Example.org/Jobs/"), is("example.org/Jobs"));
        assertThat(key(MarkerKind.ONLINE, "example.org/Jobs"), is("example.org/Jobs"));
        assertThat(key(MarkerKind.ONLINE, "HTTP://facebook.com/profile.php?id=123"),
                is("facebook.com/profile.php?id=123"));
    }

    @Test
    public void online_shouldBeAHandleInSmallLetters() {
        assertThat(key(MarkerKind.ONLINE, "@Quick_Jobs.UK"), is("@quick_jobs.uk"));
    }

    @Test
    public void online_shouldRefuseOtherSchemesAndWhatIsNoAddress() {
        for (String notASite : new String[] {"javascript:alert(1)", "ftp://example.org", "mailto:boss@example.org",
                "just words", "http://localhost", "@"}) {
            assertThat(notASite, problem(MarkerKind.ONLINE, notASite), is("safeguarding.marker.error.online"));
        }
    }

    @Test
    public void marker_shouldKeepWhatWasTypedTidiedAtTheEnds() {
        Marker marker = Marker.of(MarkerKind.VEHICLE, "  ab12 cde \n").marker().orElseThrow();

        assertThat(marker, is(new Marker(MarkerKind.VEHICLE, "ab12 cde", "AB12CDE")));
    }

    @Test
    public void marker_shouldRefuseNothingTypedWhateverItsKind() {
        for (MarkerKind kind : MarkerKind.values()) {
            assertThat(problem(kind, null), is("safeguarding.marker.error.empty"));
            assertThat(problem(kind, " \t "), is("safeguarding.marker.error.empty"));
        }
    }

    @Test
    public void marker_shouldRefuseMoreThanItsLimitWhateverItsKind() {
        String tooLong = "a".repeat(Marker.MOST_CHARACTERS + 1);
        String longest = "a".repeat(Marker.MOST_CHARACTERS);

        for (MarkerKind kind : MarkerKind.values()) {
            assertThat(problem(kind, tooLong), is("safeguarding.marker.error.too-long"));
        }
        assertThat(Marker.of(MarkerKind.NAME, longest).problem(), is(Optional.empty()));
    }

    @Test
    public void marker_shouldCountCharactersNotUnitsOfAnotherScript() {
        String emoji = "😀".repeat(Marker.MOST_CHARACTERS);

        assertThat(Marker.of(MarkerKind.PLACE, emoji + " M1 1AE").problem().map(FieldProblem::messageKey),
                is(Optional.of("safeguarding.marker.error.too-long")));
        assertThat(Marker.of(MarkerKind.NAME, "😀 Big Ștefan").marker().map(Marker::key), is(Optional.of("big stefan")));
    }

    @Test
    public void marker_shouldNeverHoldBothAMarkerAndAProblem() {
        Marker.Checked good = Marker.of(MarkerKind.PHONE, "07700 900123");
        Marker.Checked bad = Marker.of(MarkerKind.PHONE, "nope");

        assertThat(good.problem(), is(Optional.empty()));
        assertThat(bad.marker(), is(Optional.empty()));
        assertThat(bad.problem().map(FieldProblem::field), is(Optional.of("value")));
    }

    private static String key(MarkerKind kind, String typed) {
        Marker.Checked checked = Marker.of(kind, typed);
        return checked.marker().map(Marker::key).orElseThrow(() -> new AssertionError(typed + ": "
                + checked.problem()));
    }

    private static String problem(MarkerKind kind, String typed) {
        return Marker.of(kind, typed).problem().map(FieldProblem::messageKey).orElse("no problem: "
                + Marker.of(kind, typed).marker());
    }
}
