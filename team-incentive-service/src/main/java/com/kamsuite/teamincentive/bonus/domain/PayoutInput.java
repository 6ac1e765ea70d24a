package com.kamsuite.teamincentive.bonus.domain;

import com.kamsuite.teamincentive.sales.domain.Credit;
import com.kamsuite.teamincentive.shared.domain.Period;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything one person's payout for a period depends on, and nothing else.
 *
 * @param quota          the person's quota for the period; null when they have none
 * @param credits        the person's credits won in the period (any currency; others are excluded and said so)
 * @param reversals      the person's credits reversed in the period that were won in an earlier period, each with what
 *                       that period's locked statement paid (null when that period is not locked)
 * @param satisfaction   the average satisfaction of the key accounts the person serves; null without surveys
 * @param balance        what the person owes from earlier periods (unrecovered draw or clawback), 0 if nothing
 */
public record PayoutInput(String personId, Period period, BigDecimal quota, List<Credit> credits, List<Reversal> reversals,
                          BigDecimal satisfaction, BigDecimal balance) {

    public PayoutInput {
        credits = List.copyOf(credits);
        reversals = List.copyOf(reversals);
        balance = balance == null ? BigDecimal.ZERO : balance;
    }

    public record Reversal(Credit credit, PaidFigures paid) {
    }
}
