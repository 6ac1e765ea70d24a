package com.kamsuite.kit.domain;

import org.threeten.extra.YearQuarter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A period of sales figures, the one period of the suite: a month ({@code 2027-01}) or a quarter ({@code 2027-Q1}),
 * kept as its code. The calendar is ThreeTen-Extra's {@link YearQuarter} and {@link YearMonth}.
 */
public record Period(String code) implements Comparable<Period> {

    /** Whether periods are months or quarters (a division's principles, a bonus plan say which). */
    public enum Kind {
        MONTH, QUARTER
    }

    public static final String PATTERN = "\\d{4}-(0[1-9]|1[0-2]|Q[1-4])";

    public Period {
        if (code == null || !code.matches(PATTERN)) {
            throw new IllegalArgumentException("a period is a month (2027-01) or a quarter (2027-Q1): " + code);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString());
    }

    public static Period quarter(int year, int quarter) {
        return new Period(YearQuarter.of(year, quarter).toString());
    }

    /** The period of the kind that contains the date. */
    public static Period of(Kind kind, LocalDate date) {
        return kind == Kind.QUARTER ? new Period(YearQuarter.from(date).toString()) : month(YearMonth.from(date));
    }

    public Kind kind() {
        return code.contains("Q") ? Kind.QUARTER : Kind.MONTH;
    }

    public boolean isQuarter() {
        return kind() == Kind.QUARTER;
    }

    public YearMonth firstMonth() {
        return kind() == Kind.QUARTER ? YearMonth.from(yearQuarter().atDay(1)) : YearMonth.parse(code);
    }

    public YearMonth lastMonth() {
        return kind() == Kind.QUARTER ? YearMonth.from(yearQuarter().atEndOfQuarter()) : firstMonth();
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = firstMonth(); !month.isAfter(lastMonth()); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start()) && !date.isAfter(end());
    }

    /** The period {@code count} periods after this one (before it when negative), of the same kind. */
    public Period plus(int count) {
        return kind() == Kind.QUARTER ? new Period(yearQuarter().plusQuarters(count).toString())
                : month(firstMonth().plusMonths(count));
    }

    public Period next() {
        return plus(1);
    }

    public Period previous() {
        return plus(-1);
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : end().compareTo(other.end());
    }

    @Override
    public String toString() {
        return code;
    }

    private YearQuarter yearQuarter() {
        try {
            return YearQuarter.parse(code);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("not a quarter: " + code, e);
        }
    }
}
