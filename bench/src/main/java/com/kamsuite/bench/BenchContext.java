package com.kamsuite.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** What a benchmark works with: the suite under test, the load generator, and where its figures go. */
public final class BenchContext {

    private final SuiteUnderTest suite;
    private final HttpLoad load;
    private final PrintStream out;
    private final List<Figure> figures = new ArrayList<>();

    BenchContext(SuiteUnderTest suite, HttpLoad load, PrintStream out) {
        this.suite = suite;
        this.load = load;
        this.out = out;
    }

    public SuiteUnderTest suite() {
        return suite;
    }

    public HttpLoad load() {
        return load;
    }

    /** A line of progress, for the reader who watches a run of several minutes. */
    public void progress(String format, Object... arguments) {
        out.printf("  … " + format + "%n", arguments);
        out.flush();
    }

    public void report(Figure figure) {
        figures.add(figure);
        out.println(figure.line());
        out.flush();
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }
}
