package org.safeguarding.resources;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.Test;

public class LeftToRightRunsTest {
    private static final String LRI = "\u2066";
    private static final String PDI = "\u2069";
    private static final String NBSP = "\u00a0";

    @Test
    public void isolateNumbers_shouldKeepEachPhoneNumberInOrderAndOnOneLine() {
        assertThat(LeftToRightRuns.isolateNumbers("اتصل على 08000 121 700 الآن"),
                is("اتصل على " + LRI + "08000" + NBSP + "121" + NBSP + "700" + PDI + " الآن"));
    }

    @Test
    public void isolateNumbers_shouldIsolateEveryNumberAndAnInternationalPrefix() {
        assertThat(LeftToRightRuns.isolateNumbers("999 أو +44 203 879 8560"),
                is(LRI + "999" + PDI + " أو " + LRI + "+44 203 879 8560".replace(" ", NBSP) + PDI));
    }

    @Test
    public void isolateNumbers_shouldLeaveTextWithoutNumbersAsItIs() {
        assertThat(LeftToRightRuns.isolateNumbers("لا توجد أرقام هنا"), is("لا توجد أرقام هنا"));
    }

    @Test
    public void isolateNumbers_shouldNotSwallowTheSpaceAfterANumberBeforeAWord() {
        assertThat(LeftToRightRuns.isolateNumbers("30 يومًا"), is(LRI + "30" + PDI + " يومًا"));
    }

    /** The sentence's brackets stay outside, to be mirrored as Arabic ones; the name inside keeps its order. */
    @Test
    public void isolate_shouldKeepAnEnglishNameInOrderInsideArabicBrackets() {
        assertThat(LeftToRightRuns.isolate("بخط (Modern Slavery & Exploitation Helpline) على 08000 121 700"),
                is("بخط (" + LRI + "Modern Slavery & Exploitation Helpline" + PDI + ") على " + LRI
                        + "08000" + NBSP + "121" + NBSP + "700" + PDI));
    }

    @Test
    public void isolate_shouldIsolateEachEnglishNameOnItsOwnAndLeaveArabicAlone() {
        assertThat(LeftToRightRuns.isolate("(Home Office) و gov.uk"), is("(" + LRI + "Home Office" + PDI + ") و "
                + LRI + "gov.uk" + PDI));
        assertThat(LeftToRightRuns.isolate("لا توجد أسماء هنا."), is("لا توجد أسماء هنا."));
    }

    /** A name with an apostrophe or accents is one name; the stop that ends a sentence is not part of it. */
    @Test
    public void isolate_shouldTakeApostrophesAndAccentsIntoTheNameButNotASentencesStop() {
        assertThat(LeftToRightRuns.isolate("Women's Aid. Café Liberté."), is(LRI + "Women's Aid. Café Liberté" + PDI
                + "."));
    }
}
