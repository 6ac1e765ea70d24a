package com.kamsuite.bench;

import java.util.Locale;

/**
 * One measured figure and the baseline it is compared with, measured in the same run.
 *
 * @param benchmark the benchmark that measured it
 * @param name      what was measured, e.g. "throughput at 32 concurrent"
 * @param value     the measured value
 * @param baseline  the baseline's value
 * @param unit      the unit of both, e.g. "req/s", "ms"
 * @param against   what the baseline is, e.g. "direct"
 * @param note      anything a reader needs besides the ratio (errors, the target), may be empty
 */
public record Figure(String benchmark, String name, double value, double baseline, String unit, String against,
                     String note) {

    public double ratio() {
        return baseline == 0 ? Double.NaN : value / baseline;
    }

    String line() {
        return String.format(Locale.ROOT, "%-16s %-34s %10.2f %-5s vs %-22s %10.2f %-5s = %5.2f×  %s",
                benchmark, name, value, unit, against, baseline, unit, ratio(), note);
    }

    String markdownRow() {
        return String.format(Locale.ROOT, "| %s | %s | %.2f %s | %s: %.2f %s | %.2f× | %s |",
                benchmark, name, value, unit, against, baseline, unit, ratio(), note);
    }
}
