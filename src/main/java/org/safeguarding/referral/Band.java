package org.safeguarding.referral;

/**
 * A count as the figures for trustees publish it: the band of ten it falls in ("0 to 9", "10 to 19" …), never the
 * count itself. Any count from 1 to 4 shares its band with every count from 0 to 9, so on its own a band cannot narrow
 * a small count to within two either side of it.
 */
public record Band(long from) {
    public static final int WIDTH = 10;

    public Band {
        if (from < 0 || from % WIDTH != 0) {
            throw new IllegalArgumentException("a band starts at a multiple of " + WIDTH + ", not " + from);
        }
    }

    public static Band of(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        return new Band(count / WIDTH * WIDTH);
    }

    public long to() {
        return from + WIDTH - 1;
    }

    /** Whether the band holds small counts (1 to 4): only the lowest one does. */
    public boolean lowest() {
        return from == 0;
    }
}
