package org.safeguarding.referral;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class BandTest {
    @Test
    public void of_shouldPutEveryCountFrom0To9InTheLowestBand() {
        assertThat(Band.of(0), is(new Band(0)));
        assertThat(Band.of(1).to(), is(9L));
        assertThat(Band.of(9), is(new Band(0)));
        assertThat(Band.of(4).lowest(), is(true));
    }

    @Test
    public void of_shouldStartTheNextBandAt10() {
        assertThat(Band.of(10), is(new Band(10)));
        assertThat(Band.of(19).to(), is(19L));
        assertThat(Band.of(143), is(new Band(140)));
        assertThat(Band.of(10).lowest(), is(false));
    }

    @Test
    public void of_shouldRefuseANegativeCount() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> Band.of(-1)).getMessage(),
                containsString("-1"));
    }

    @Test
    public void band_shouldRefuseAStartThatIsNotAMultipleOfTen() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> new Band(5)).getMessage(),
                containsString("multiple of 10"));
        assertThrows(IllegalArgumentException.class, () -> new Band(-10));
    }
}
