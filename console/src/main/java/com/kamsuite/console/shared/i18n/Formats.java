package com.kamsuite.console.shared.i18n;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, money and dates in the user's language, for the templates ({@code ${@fmt.money(amount, currency)}}):
 * ¥1,200,000.00 in Chinese, CN¥1,200,000.00 in English, each currency at its own minor unit.
 */
@Component("fmt")
public class Formats {

    /** Times are shown in the suite's home time zone (the divisions are in China). */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "—";
        }
        Locale locale = locale();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        if (currency != null) {
            Currency unit = Currency.getInstance(currency);
            format.setCurrency(unit);
            format.setMinimumFractionDigits(Math.max(unit.getDefaultFractionDigits(), 0));
            format.setMaximumFractionDigits(Math.max(unit.getDefaultFractionDigits(), 0));
        }
        return format.format(amount);
    }

    public String number(Number value) {
        return value == null ? "—" : NumberFormat.getNumberInstance(locale()).format(value);
    }

    /** A percentage given as a number of percent (30 → 30%). */
    public String percent(BigDecimal percent) {
        if (percent == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(percent.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP));
    }

    public String date(LocalDate date) {
        return date == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(ZONE).format(instant);
    }

    public String month(String yearMonth) {
        if (yearMonth == null || yearMonth.isBlank()) {
            return "—";
        }
        YearMonth month = YearMonth.parse(yearMonth);
        String pattern = locale().getLanguage().equals("zh") ? "y年M月" : "MMM y";
        return DateTimeFormatter.ofPattern(pattern, locale()).format(month);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
