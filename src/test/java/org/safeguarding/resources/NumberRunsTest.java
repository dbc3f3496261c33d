package org.safeguarding.resources;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.Test;

public class NumberRunsTest {
    @Test
    public void split_shouldCutOutEachNumberWithItsSpacesAndKeepEveryCharacter() {
        assertThat(NumberRuns.split("Call 08000 121 700 or +44 20 7946 0000."), contains(
                new NumberRuns.Run("Call ", false), new NumberRuns.Run("08000 121 700", true),
                new NumberRuns.Run(" or ", false), new NumberRuns.Run("+44 20 7946 0000", true),
                new NumberRuns.Run(".", false)));
    }

    @Test
    public void split_shouldKeepANumberAlreadyIsolatedInARightToLeftTextWhole() {
        String arabic = "اتصل " + LeftToRightRuns.isolateNumbers("08000 121 700");

        assertThat(NumberRuns.split(arabic), contains(new NumberRuns.Run("اتصل \u2066", false),
                new NumberRuns.Run("08000\u00a0121\u00a0700", true), new NumberRuns.Run("\u2069", false)));
    }

    @Test
    public void split_shouldLeaveTextWithoutNumbersWhole() {
        assertThat(NumberRuns.split("No numbers here."), contains(new NumberRuns.Run("No numbers here.", false)));
        assertThat(NumberRuns.split(""), empty());
        assertThat(NumberRuns.split("999"), contains(new NumberRuns.Run("999", true)));
    }
}
