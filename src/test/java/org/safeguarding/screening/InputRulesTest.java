package org.safeguarding.screening;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.Test;

public class InputRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    public void hasVisibleText_shouldBeFalseForNothingOrOnlySpaces() {
        assertThat(InputRules.hasVisibleText(null), is(false));
        assertThat(InputRules.hasVisibleText(""), is(false));
        assertThat(InputRules.hasVisibleText(" \t\r\n"), is(false));
    }

    @Test
    public void hasVisibleText_shouldBeFalseForCharactersThatDrawNothing() {
        assertThat(InputRules.hasVisibleText("\u200B"), is(false)); // zero-width space
        assertThat(InputRules.hasVisibleText("\u00A0\u202F\u2007"), is(false)); // no-break spaces
        assertThat(InputRules.hasVisibleText("\uFEFF"), is(false)); // byte-order mark
        assertThat(InputRules.hasVisibleText("\u200C\u200D\u2060\u00AD"), is(false)); // joiners, soft hyphen
        assertThat(InputRules.hasVisibleText("\u200E\u200F\u202E"), is(false)); // direction marks
        assertThat(InputRules.hasVisibleText("\u3000\u2800\u3164"), is(false)); // wide space, blank braille, filler
        assertThat(InputRules.hasVisibleText("\u0301\u034F"), is(false)); // marks with nothing to sit on
        assertThat(InputRules.hasVisibleText("\u0000\u0007"), is(false)); // control characters
    }

    @Test
    public void hasVisibleText_shouldBeTrueForAnyWrittenLetterDigitOrSign() {
        assertThat(InputRules.hasVisibleText("\u200BA\u200B"), is(true));
        assertThat(InputRules.hasVisibleText("ب"), is(true));
        assertThat(InputRules.hasVisibleText("٣"), is(true));
        assertThat(InputRules.hasVisibleText("-"), is(true));
        assertThat(InputRules.hasVisibleText("\uD83D\uDE00"), is(true)); // an emoji, outside the basic plane
    }

    @Test
    public void hasVisibleEnds_shouldBeFalseWhenEitherEndDrawsNothing() {
        assertThat(InputRules.hasVisibleEnds("safeguarding\u00A0leads"), is(true));
        assertThat(InputRules.hasVisibleEnds("\uD83D\uDE00"), is(true));
        assertThat(InputRules.hasVisibleEnds("\uFEFFleads"), is(false));
        assertThat(InputRules.hasVisibleEnds("leads\u200B"), is(false));
        assertThat(InputRules.hasVisibleEnds(" leads"), is(false));
        assertThat(InputRules.hasVisibleEnds(""), is(false));
        assertThat(InputRules.hasVisibleEnds(null), is(false));
    }

    @Test
    public void wholeNumber_shouldReadOnlyTheDigitsZeroToNine() {
        assertThat(InputRules.wholeNumber("7"), is(OptionalInt.of(7)));
        assertThat(InputRules.wholeNumber(" 25 "), is(OptionalInt.of(25)));
        assertThat(InputRules.wholeNumber("٣"), is(OptionalInt.empty())); // Arabic-Indic three
        assertThat(InputRules.wholeNumber("\uFF17"), is(OptionalInt.empty())); // full-width seven
        assertThat(InputRules.wholeNumber("+7"), is(OptionalInt.empty()));
        assertThat(InputRules.wholeNumber("-7"), is(OptionalInt.empty()));
        assertThat(InputRules.wholeNumber("7.0"), is(OptionalInt.empty()));
        assertThat(InputRules.wholeNumber(""), is(OptionalInt.empty()));
        assertThat(InputRules.wholeNumber(null), is(OptionalInt.empty()));
    }

    @Test
    public void wholeNumber_shouldRefuseMoreDigitsThanAnyCountPeopleEnter() {
        assertThat(InputRules.wholeNumber("999999999"), is(OptionalInt.of(999_999_999)));
        assertThat(InputRules.wholeNumber("9999999999"), is(OptionalInt.empty()));
        assertThat(InputRules.wholeNumber("0".repeat(100_000) + "1"), is(OptionalInt.empty()));
    }

    @Test
    public void isPastDay_shouldAcceptDaysFrom1900UpToToday() {
        assertThat(InputRules.isPastDay(LocalDate.of(1900, 1, 1), TODAY), is(true));
        assertThat(InputRules.isPastDay(TODAY, TODAY), is(true));
        assertThat(InputRules.isPastDay(LocalDate.of(1899, 12, 31), TODAY), is(false));
        assertThat(InputRules.isPastDay(LocalDate.of(1000, 1, 1), TODAY), is(false));
        assertThat(InputRules.isPastDay(TODAY.plusDays(1), TODAY), is(false));
    }
}
