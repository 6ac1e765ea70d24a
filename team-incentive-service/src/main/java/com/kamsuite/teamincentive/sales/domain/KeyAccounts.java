package com.kamsuite.teamincentive.sales.domain;

import com.kamsuite.teamincentive.shared.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The key accounts of a division and who serves them, as of a date. */
public final class KeyAccounts {

    private final List<AccountRecord> accounts;

    public KeyAccounts(List<AccountRecord> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    /**
     * Per account manager, the average of the latest satisfaction score (on or before the date, within a year) of each
     * account whose latest survey names them; half-up to 2 decimals.
     */
    public Map<String, BigDecimal> averageSatisfactionOn(LocalDate date) {
        Map<String, List<BigDecimal>> scores = new HashMap<>();
        for (AccountRecord account : accounts) {
            account.latestSurveyOn(date).filter(s -> s.accountManagerId() != null)
                    .ifPresent(s -> scores.computeIfAbsent(s.accountManagerId(), k -> new ArrayList<>()).add(s.score()));
        }
        Map<String, BigDecimal> averages = new TreeMap<>();
        scores.forEach((person, list) -> averages.put(person, list.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(list.size()), Money.SCALE, RoundingMode.HALF_UP)));
        return averages;
    }

    /** The accounts whose latest survey on the date names the person. */
    public List<String> servedBy(String personId, LocalDate date) {
        return accounts.stream().filter(a -> a.latestSurveyOn(date).map(s -> personId.equals(s.accountManagerId())).orElse(false))
                .map(AccountRecord::customerId).toList();
    }

    public Set<String> keyAccountIds() {
        return accounts.stream().filter(AccountRecord::isKeyAccount).map(AccountRecord::customerId).collect(Collectors.toSet());
    }
}
