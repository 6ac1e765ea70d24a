package com.kamsuite.forecast.division.domain;

import com.kamsuite.forecast.shared.domain.Money;
import com.kamsuite.forecast.shared.domain.Period;
import com.kamsuite.kit.domain.AggregateRoot;
import com.kamsuite.kit.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A channel partner's forecast of a period (F4, G3): product × delivery-month quantities and amounts, submitted through
 * the partner API for the partner itself only. Immutable once submitted; a resubmission is the next version, with a
 * reason (F5).
 */
public class PartnerForecast extends AggregateRoot {

    /** Delivery months run from the period's first month up to this many months on. */
    public static final int DELIVERY_WINDOW_MONTHS = 24;
    public static final int MAX_LINES = 500;

    private String id;
    private String divisionId;
    private String partnerId;
    private String period;
    private String partnerKey;
    private int versionNumber;
    private String currency;
    private List<PartnerLine> lines = new ArrayList<>();
    private String reason;
    private Instant submittedAt;

    private PartnerForecast() {
    }

    public static String keyOf(String divisionId, Period period, String partnerId) {
        return divisionId + "/" + period.code() + "/" + partnerId;
    }

    public static PartnerForecast submit(String id, String divisionId, String partnerId, Period period, int version,
                                         String currency, List<PartnerLine> lines, String reason, Instant now) {
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("a partner forecast has 1 to " + MAX_LINES + " lines");
        }
        if (version > 1 && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("reason-required", "a resubmission needs a reason");
        }
        YearMonth first = period.firstMonth();
        YearMonth last = first.plusMonths(DELIVERY_WINDOW_MONTHS - 1L);
        Set<String> seen = new HashSet<>();
        for (PartnerLine line : lines) {
            YearMonth month = YearMonth.parse(line.deliveryMonth());
            if (month.isBefore(first) || month.isAfter(last)) {
                throw new RuleViolationException("delivery-month-out-of-range", line.deliveryMonth() + " outside " + first + ".." + last,
                        line.deliveryMonth(), first.toString(), last.toString());
            }
            if (!seen.add(line.productCode() + "@" + line.deliveryMonth())) {
                throw new RuleViolationException("duplicate-line", "two lines for " + line.productCode() + " in " + line.deliveryMonth(),
                        line.productCode(), line.deliveryMonth());
            }
            if (line.quantity() == null || line.quantity().signum() <= 0 || !Money.isAmount(line.amount())) {
                throw new IllegalArgumentException("a quantity is positive, an amount non-negative with at most 2 decimals");
            }
        }
        PartnerForecast forecast = new PartnerForecast();
        forecast.id = id;
        forecast.divisionId = divisionId;
        forecast.partnerId = partnerId;
        forecast.period = period.code();
        forecast.partnerKey = keyOf(divisionId, period, partnerId);
        forecast.versionNumber = version;
        forecast.currency = currency;
        forecast.lines = new ArrayList<>(lines.stream().map(l -> new PartnerLine(l.productCode(), l.productName(),
                        l.deliveryMonth(), l.quantity(), Money.round(l.amount()), l.unit()))
                .sorted(Comparator.comparing(PartnerLine::deliveryMonth).thenComparing(PartnerLine::productCode)).toList());
        forecast.reason = reason == null || reason.isBlank() ? null : reason.strip();
        forecast.submittedAt = now;
        return forecast;
    }

    public BigDecimal amount() {
        return lines.stream().map(PartnerLine::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    @Override
    public String id() {
        return id;
    }

    public String divisionId() {
        return divisionId;
    }

    public String partnerId() {
        return partnerId;
    }

    public Period period() {
        return new Period(period);
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String currency() {
        return currency;
    }

    public List<PartnerLine> lines() {
        return List.copyOf(lines);
    }

    public String reason() {
        return reason;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
