package org.safeguarding.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import org.junit.Test;

public class InterleavedTest {
    @Test
    public void summarise_shouldGiveTheGeometricMeanOfThePairsRatios() {
        Interleaved.Ratio ratio = Interleaved.summarise(new double[] {0.5, 2.0, 1.0});

        assertThat(ratio.ratio(), closeTo(1.0, 1e-9));
        assertThat(ratio.pairs(), is(3));
    }

    @Test
    public void summarise_shouldGiveTheStudentT95IntervalOverTheLogarithms() {
        // logs 0 and ln 4: mean ln 2, standard error ln 2; t(0.975, 1 degree of freedom) = 12.706.
        Interleaved.Ratio ratio = Interleaved.summarise(new double[] {1.0, 4.0});

        assertThat(ratio.ratio(), closeTo(2.0, 1e-9));
        assertThat(Math.log(ratio.high() / ratio.ratio()), closeTo(12.706 * Math.log(2), 1e-3));
        assertThat(Math.log(ratio.ratio() / ratio.low()), closeTo(12.706 * Math.log(2), 1e-3));
    }

    @Test
    public void summarise_shouldGiveNoWidthWhenEveryPairAgrees() {
        Interleaved.Ratio ratio = Interleaved.summarise(new double[] {0.25, 0.25, 0.25});

        assertThat(ratio.low(), closeTo(0.25, 1e-12));
        assertThat(ratio.high(), closeTo(0.25, 1e-12));
        assertThat(ratio.atMost(0.25), is(true));
        assertThat(ratio.atLeast(0.26), is(false));
    }

    @Test(expected = IllegalArgumentException.class)
    public void summarise_shouldRefuseASinglePair() {
        Interleaved.summarise(new double[] {1.0});
    }

    @Test(expected = IllegalArgumentException.class)
    public void summarise_shouldRefuseARatioThatIsNotPositive() {
        Interleaved.summarise(new double[] {1.0, 0.0});
    }

    @Test(expected = IllegalArgumentException.class)
    public void interleaved_shouldRefuseFewerThanTwoPairs() {
        new Interleaved(1, 0);
    }

    @Test
    public void ratio_shouldFindTheCheaperSideCheaper() {
        Interleaved harness = new Interleaved(6, 50);

        Interleaved.Ratio ratio = harness.ratio(() -> work(1_000), () -> work(100_000));

        assertThat(ratio.ratio(), lessThan(1.0));
    }

    private static long work(int rounds) {
        long sum = 0;
        for (int i = 0; i < rounds; i++) {
            sum += Long.rotateLeft(sum ^ i, 7);
        }
        return sum;
    }
}
