package com.kamsuite.teamincentive.bonus.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A person's payout statement for a period: the figures, and the lines that explain them. {@code payout} is the sum of
 * the lines; {@code balanceCarriedForward} is what the person still owes (unrecovered draw or clawback).
 */
public record Statement(String personId, String period, String currency, BigDecimal quota, BigDecimal revenue,
                        BigDecimal attainmentPercent, BigDecimal commission, BigDecimal satisfaction,
                        BigDecimal satisfactionFactor, BigDecimal earned, BigDecimal clawback,
                        BigDecimal balanceBroughtForward, BigDecimal payout, BigDecimal balanceCarriedForward,
                        List<StatementLine> lines, List<CreditLine> credits) {

    public Statement {
        lines = List.copyOf(lines);
        credits = List.copyOf(credits);
    }

    /** A credit the statement counted, so the revenue line can be traced to opportunities. */
    public record CreditLine(String opportunityId, String customerId, BigDecimal amount, java.time.LocalDate wonOn) {
    }
}
