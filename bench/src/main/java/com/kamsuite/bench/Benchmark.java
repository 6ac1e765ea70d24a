package com.kamsuite.bench;

/**
 * One benchmark of the running suite. Each measures its own baseline in the same run (the same load sent directly
 * to the service, the raw broker, the smallest data set, …) and reports every figure as a ratio to it, so a figure
 * says what the part under test costs on this machine today, not what the machine happens to do.
 * <p>
 * To add one: a class implementing this interface, listed in
 * {@code META-INF/services/com.kamsuite.bench.Benchmark}; {@code ./kam bench <name>} runs it.
 */
public interface Benchmark {

    /** The name {@code ./kam bench} selects it by, lower-case with dashes. */
    String name();

    /** One line: what it measures, against which baseline. */
    String description();

    void run(BenchContext context) throws Exception;
}
