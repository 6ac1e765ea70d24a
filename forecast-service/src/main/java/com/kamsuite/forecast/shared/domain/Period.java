package com.kamsuite.forecast.shared.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A forecast period: a month ({@code 2027-01}) or a quarter ({@code 2027-Q1}), as a division's principles say. */
public record Period(String code) implements Comparable<Period> {

    public static final String PATTERN = "\\d{4}-(0[1-9]|1[0-2]|Q[1-4])";
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public Period {
        if (code == null || !code.matches(PATTERN)) {
            throw new IllegalArgumentException("a period is a month (2027-01) or a quarter (2027-Q1): " + code);
        }
    }

    public static Period of(PeriodKind kind, LocalDate date) {
        return kind == PeriodKind.QUARTER
                ? new Period(date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1))
                : new Period(YearMonth.from(date).toString());
    }

    public PeriodKind kind() {
        return code.contains("Q") ? PeriodKind.QUARTER : PeriodKind.MONTH;
    }

    public YearMonth firstMonth() {
        Matcher quarter = QUARTER.matcher(code);
        return quarter.matches()
                ? YearMonth.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1)
                : YearMonth.parse(code);
    }

    public YearMonth lastMonth() {
        return kind() == PeriodKind.QUARTER ? firstMonth().plusMonths(2) : firstMonth();
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

    /** The period {@code count} periods after this one (of the same kind). */
    public Period plus(int count) {
        return of(kind(), firstMonth().plusMonths((long) count * (kind() == PeriodKind.QUARTER ? 3 : 1)).atDay(1));
    }

    @Override
    public int compareTo(Period other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return code;
    }
}
