package com.kamsuite.embedded.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of the demo data files (docs/demo-data.md), shared by the launcher and the services' replay tests:
 * {@code ${name}} is a value an earlier step saved; {@code ${date:ANCHOR}}, {@code ${month:ANCHOR}} and
 * {@code ${quarter:ANCHOR}} are dates relative to today, so the demo stays valid whenever it is loaded (forecasts
 * refuse periods in the past). ANCHOR is {@code today} or {@code nextQuarter} (the first day of the next calendar
 * quarter), optionally followed by an offset such as {@code +40d}, {@code +2m} or {@code -1q}.
 */
public final class DemoValues {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.:+-]+)}");
    private static final Pattern RELATIVE = Pattern.compile("(date|month|quarter):(today|nextQuarter)(?:([+-]\\d+)([dmq]))?");

    private DemoValues() {
    }

    public static String substitute(String text, Map<String, String> saved, LocalDate today) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(valueOf(matcher.group(1), saved, today)));
        }
        return matcher.appendTail(result).toString();
    }

    private static String valueOf(String placeholder, Map<String, String> saved, LocalDate today) {
        Matcher relative = RELATIVE.matcher(placeholder);
        if (relative.matches()) {
            LocalDate date = anchor(relative.group(2), today);
            if (relative.group(3) != null) {
                date = shift(date, Integer.parseInt(relative.group(3)), relative.group(4).charAt(0));
            }
            return switch (relative.group(1)) {
                case "date" -> date.toString();
                case "month" -> YearMonth.from(date).toString();
                default -> date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
            };
        }
        if (placeholder.contains(":")) {
            throw new IllegalArgumentException("demo data: ${" + placeholder + "} is not a relative date (see docs/demo-data.md)");
        }
        String value = saved.get(placeholder);
        if (value == null) {
            throw new IllegalStateException("demo data uses ${" + placeholder + "} before a step saved it");
        }
        return value;
    }

    private static LocalDate anchor(String name, LocalDate today) {
        if (name.equals("today")) {
            return today;
        }
        int firstMonthOfQuarter = (today.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1;
        return LocalDate.of(today.getYear(), firstMonthOfQuarter, 1).plusMonths(3);
    }

    private static LocalDate shift(LocalDate date, int amount, char unit) {
        return switch (unit) {
            case 'd' -> date.plusDays(amount);
            case 'm' -> date.plusMonths(amount);
            default -> date.plusMonths(3L * amount);
        };
    }
}
