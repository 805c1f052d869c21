package org.alliancehub.content.application.internal;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles of a sample by linear interpolation between closest ranks (the usual "type 7":
 * spreadsheets' PERCENTILE.INC, NumPy's default), so that a median of an even count is the mean of
 * its two middle values.
 */
final class Percentiles {

    private final double[] sorted;

    Percentiles(Collection<? extends Number> sample) {
        this.sorted = sample.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    }

    boolean isEmpty() {
        return sorted.length == 0;
    }

    /** The {@code p}-th percentile (0..100); null for an empty sample. */
    Double at(double p) {
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("A percentile is between 0 and 100.");
        }
        if (sorted.length == 0) {
            return null;
        }
        double rank = p / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    @Override
    public String toString() {
        return Arrays.toString(sorted);
    }
}
