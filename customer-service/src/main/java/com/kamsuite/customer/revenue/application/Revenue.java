package com.kamsuite.customer.revenue.application;

import com.kamsuite.customer.master.application.CustomerMergeFollowUp;
import com.kamsuite.customer.revenue.domain.OpportunityLine;
import com.kamsuite.customer.revenue.domain.RevenueTotals;
import com.kamsuite.customer.revenue.persistence.OpportunityProjection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A division's revenue per customer, from its opportunities: won, open pipeline, won in a period. */
@Service
@Order(CustomerMergeFollowUp.REVENUE)
public class Revenue implements CustomerMergeFollowUp {

    private final OpportunityProjection opportunities;

    public Revenue(OpportunityProjection opportunities) {
        this.opportunities = opportunities;
    }

    /** The merged customer's opportunities count for the survivor. */
    @Override
    public void customerMerged(String mergedId, String survivorId) {
        opportunities.repoint(mergedId, survivorId);
    }

    public Map<String, RevenueTotals> totals(String divisionId, Collection<String> customerIds) {
        Map<String, RevenueTotals> totals = new HashMap<>();
        opportunities.linesOf(divisionId, customerIds).stream()
                .collect(Collectors.groupingBy(OpportunityLine::customerId))
                .forEach((customer, lines) -> totals.put(customer, RevenueTotals.of(lines)));
        return totals;
    }

    /** Won revenue per customer of the division in [from, to), in one currency. */
    public Map<String, BigDecimal> wonByCustomer(String divisionId, LocalDate from, LocalDate to, String currency) {
        return won(opportunities.linesOf(divisionId), from, to, currency);
    }

    public BigDecimal won(String divisionId, String customerId, LocalDate from, LocalDate to, String currency) {
        return won(opportunities.linesOf(divisionId, List.of(customerId)), from, to, currency).getOrDefault(customerId, BigDecimal.ZERO);
    }

    private static Map<String, BigDecimal> won(List<OpportunityLine> lines, LocalDate from, LocalDate to, String currency) {
        return lines.stream()
                .filter(line -> line.wonBetween(from, to) && line.currency().equals(currency))
                .collect(Collectors.groupingBy(OpportunityLine::customerId,
                        Collectors.reducing(BigDecimal.ZERO, OpportunityLine::amount, BigDecimal::add)));
    }
}
