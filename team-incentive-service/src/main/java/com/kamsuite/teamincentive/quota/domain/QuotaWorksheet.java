package com.kamsuite.teamincentive.quota.domain;

import com.kamsuite.teamincentive.sales.domain.Credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quota-setting worksheet: what was achieved in the same months a year before the plan (credits won, in the
 * plan's currency, not reversed), and the suggested high-level quota = history × (1 + growth / 100), half-up to 2
 * decimals, spread over the months by the history's own seasonality (each plan month weighs what the same month
 * achieved a year before; flat when there is no history). Per person the same growth is applied to their history.
 */
public final class QuotaWorksheet {

    public record Result(YearMonth historyFrom, YearMonth historyTo, BigDecimal historyTotal, BigDecimal growthPercent,
                         BigDecimal suggestedTotal, Map<String, BigDecimal> historyByMonth, Seasonality seasonality,
                         Map<String, BigDecimal> suggestedByMonth, Map<String, BigDecimal> historyByPerson,
                         Map<String, BigDecimal> suggestedByPerson) {

        public QuotaBasis basis() {
            return new QuotaBasis(historyFrom.toString(), historyTo.toString(), historyTotal, growthPercent, suggestedTotal);
        }
    }

    private QuotaWorksheet() {
    }

    public static Result compute(YearMonth from, YearMonth to, String currency, BigDecimal growthPercent, List<Credit> history) {
        YearMonth historyFrom = from.minusYears(1);
        YearMonth historyTo = to.minusYears(1);
        Map<String, BigDecimal> byMonth = new LinkedHashMap<>();
        for (YearMonth m = historyFrom; !m.isAfter(historyTo); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), BigDecimal.ZERO.setScale(2));
        }
        Map<String, BigDecimal> byPerson = new TreeMap<>();
        for (Credit credit : history) {
            String month = YearMonth.from(credit.wonOn()).toString();
            if (credit.reversedOn() == null && currency.equals(credit.currency()) && byMonth.containsKey(month)) {
                byMonth.merge(month, credit.amount(), BigDecimal::add);
                byPerson.merge(credit.personId(), credit.amount(), BigDecimal::add);
            }
        }
        byMonth.replaceAll((m, v) -> v.setScale(2, RoundingMode.HALF_UP));
        byPerson.replaceAll((p, v) -> v.setScale(2, RoundingMode.HALF_UP));
        BigDecimal historyTotal = byMonth.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal suggested = grow(historyTotal, growthPercent);
        List<MonthWeight> weights = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            weights.add(new MonthWeight(m.toString(), byMonth.getOrDefault(m.minusYears(1).toString(), BigDecimal.ZERO)));
        }
        Seasonality seasonality = new Seasonality(weights);
        Map<String, BigDecimal> suggestedByPerson = new TreeMap<>();
        byPerson.forEach((person, amount) -> suggestedByPerson.put(person, grow(amount, growthPercent)));
        return new Result(historyFrom, historyTo, historyTotal, growthPercent, suggested, byMonth, seasonality,
                seasonality.spread(suggested), byPerson, suggestedByPerson);
    }

    static BigDecimal grow(BigDecimal amount, BigDecimal growthPercent) {
        return amount.multiply(BigDecimal.valueOf(100).add(growthPercent)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }
}
