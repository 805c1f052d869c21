package org.alliancehub.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The answer times of one measurement (milliseconds) over its wall-clock duration, as the benchmarks report them. */
record Latencies(List<Double> millis, double seconds) {

    double median() {
        return percentile(0.5);
    }

    double p95() {
        return percentile(0.95);
    }

    double throughput() {
        return millis.size() / seconds;
    }

    /** The nearest-rank percentile; NaN when nothing was measured. */
    double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
