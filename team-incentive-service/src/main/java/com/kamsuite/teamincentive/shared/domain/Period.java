package com.kamsuite.teamincentive.shared.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** A payout or appraisal period: a month ({@code 2026-11}) or a quarter ({@code 2026-Q4}). */
public record Period(String code) implements Comparable<Period> {

    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])");

    public Period {
        if (code == null || !(MONTH.matcher(code).matches() || QUARTER.matcher(code).matches())) {
            throw new IllegalArgumentException("a period is a month (2026-11) or a quarter (2026-Q4): " + code);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString());
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year + "-Q" + quarter);
    }

    /** The period of the given periodicity that contains the date. */
    public static Period containing(LocalDate date, boolean quarterly) {
        return quarterly ? quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1) : month(YearMonth.from(date));
    }

    public boolean isQuarter() {
        return code.contains("Q");
    }

    public YearMonth firstMonth() {
        Matcher quarter = QUARTER.matcher(code);
        if (quarter.matches()) {
            return YearMonth.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1);
        }
        return YearMonth.parse(code);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < (isQuarter() ? 3 : 1); i++) {
            months.add(firstMonth().plusMonths(i));
        }
        return months;
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return months().get(months().size() - 1).atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public Period next() {
        YearMonth after = months().get(months().size() - 1).plusMonths(1);
        return isQuarter() ? quarter(after.getYear(), (after.getMonthValue() - 1) / 3 + 1) : month(after);
    }

    public Period previous() {
        YearMonth before = firstMonth().minusMonths(1);
        return isQuarter() ? quarter(before.getYear(), (before.getMonthValue() - 1) / 3 + 1) : month(before);
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
