package com.kamsuite.opportunity.pipeline.domain;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an opportunity is expected to close in, as a filter: a year ({@code 2027}), a quarter
 * ({@code 2027-Q1}) or a month ({@code 2027-03}); from {@code start} (inclusive) to {@code end} (exclusive).
 */
public record ClosePeriod(String text, LocalDate start, LocalDate end) {

    public static final String PATTERN = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?";
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public ClosePeriod {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a close period ends after it starts");
        }
    }

    public static ClosePeriod parse(String text) {
        if (text == null || !text.matches(PATTERN)) {
            throw new IllegalArgumentException("a close period is a year (2027), a quarter (2027-Q1) or a month (2027-03)");
        }
        try {
            Matcher quarter = QUARTER.matcher(text);
            if (quarter.matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1, 1);
                return new ClosePeriod(text, start, start.plusMonths(3));
            }
            if (text.length() == 4) {
                LocalDate start = Year.parse(text).atDay(1);
                return new ClosePeriod(text, start, start.plusYears(1));
            }
            LocalDate start = YearMonth.parse(text).atDay(1);
            return new ClosePeriod(text, start, start.plusMonths(1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a close period is a year (2027), a quarter (2027-Q1) or a month (2027-03)");
        }
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && date.isBefore(end);
    }
}
