package com.kamsuite.teamincentive.bonus.domain;

import com.kamsuite.teamincentive.sales.domain.Credit;
import com.kamsuite.teamincentive.shared.domain.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one person's inputs for a period into a statement, by the rules of a plan. A pure function: the same inputs
 * always give the same statement. Rounding follows {@link Money}: each line is rounded half-up to 2 decimals once,
 * and the payout is the sum of the lines.
 * <ol>
 * <li>Revenue R: the credits won in the period in the plan's currency and still standing at the period's end
 * (a deal reversed within the period simply does not count).</li>
 * <li>Commission C: for each band [from, next from) of attainment, the revenue between quota × from / 100 and
 * quota × next / 100, times base rate × multiplier (one line per band that holds revenue). Without a quota: R × base
 * rate.</li>
 * <li>Key-account satisfaction factor F: C × F (a line for the difference).</li>
 * <li>Cap: earned E = min(C × F, cap).</li>
 * <li>Clawback K: for each credit won in an earlier, locked period and reversed in this one within the window:
 * credit × (E / R of that locked statement) × clawback % (one line each).</li>
 * <li>Draw and recovery, with N = E − K and balance B owed: if N &lt; draw D, the payout is D and B grows by D − N;
 * otherwise min(B, N − D) is recovered and the payout is N minus it. With no draw, a negative N pays 0 and is owed.</li>
 * </ol>
 */
public final class PayoutCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PlanRules rules;

    public PayoutCalculator(PlanRules rules) {
        this.rules = rules;
    }

    public Statement calculate(PayoutInput input) {
        List<StatementLine> lines = new ArrayList<>();
        List<Statement.CreditLine> counted = new ArrayList<>();
        BigDecimal revenue = BigDecimal.ZERO;
        int otherCurrency = 0;
        LocalDate periodEnd = input.period().end();
        for (Credit credit : input.credits()) {
            if (!rules.currency().equals(credit.currency())) {
                otherCurrency++;
            } else if (credit.standsOn(periodEnd)) {
                revenue = revenue.add(credit.amount());
                counted.add(new Statement.CreditLine(credit.opportunityId(), credit.customerId(), credit.amount(),
                        credit.wonOn()));
            }
        }
        if (otherCurrency > 0) {
            lines.add(new StatementLine("excluded-currency", Money.ZERO, otherCurrency
                    + " credit(s) in another currency than " + rules.currency() + " are not counted"));
        }
        revenue = Money.round(revenue);

        BigDecimal commission = commission(input.quota(), revenue, lines);

        BigDecimal factor = rules.satisfactionFactor(input.satisfaction());
        BigDecimal afterFactor = Money.round(commission.multiply(factor));
        if (afterFactor.compareTo(commission) != 0) {
            lines.add(new StatementLine("satisfaction-factor", afterFactor.subtract(commission),
                    "key-account satisfaction %s → factor %s: %s × %s".formatted(input.satisfaction().toPlainString(),
                            factor.toPlainString(), commission.toPlainString(), factor.toPlainString())));
        }

        BigDecimal earned = afterFactor;
        if (rules.capAmount() != null && afterFactor.compareTo(rules.capAmount()) > 0) {
            earned = Money.round(rules.capAmount());
            lines.add(new StatementLine("cap", earned.subtract(afterFactor),
                    "capped at %s per period".formatted(earned.toPlainString())));
        }

        BigDecimal clawback = Money.ZERO;
        for (PayoutInput.Reversal reversal : input.reversals()) {
            clawback = clawback.add(clawback(reversal, lines));
        }

        BigDecimal net = earned.subtract(clawback);
        BigDecimal draw = Money.round(rules.drawAmount());
        BigDecimal balance = Money.round(input.balance());
        BigDecimal payout;
        BigDecimal carried;
        if (net.compareTo(draw) < 0) {
            payout = draw;
            carried = balance.add(draw.subtract(net));
            if (draw.signum() > 0) {
                lines.add(new StatementLine("draw", draw.subtract(net),
                        "earned %s is below the draw %s: topped up, to be recovered later".formatted(net.toPlainString(),
                                draw.toPlainString())));
            } else {
                lines.add(new StatementLine("carried-deduction", net.negate(),
                        "deductions exceed earnings by %s: carried to later periods".formatted(net.negate().toPlainString())));
            }
        } else {
            BigDecimal recovery = balance.min(net.subtract(draw));
            payout = net.subtract(recovery);
            carried = balance.subtract(recovery);
            if (recovery.signum() > 0) {
                lines.add(new StatementLine("recovery", recovery.negate(),
                        "recovers %s of %s owed from earlier periods (keeping the draw %s)".formatted(recovery.toPlainString(),
                                balance.toPlainString(), draw.toPlainString())));
            }
        }
        return new Statement(input.personId(), input.period().code(), rules.currency(), input.quota(), revenue,
                input.quota() == null ? null : Money.percent(revenue, input.quota()), commission, input.satisfaction(), factor,
                earned, clawback, balance, payout, carried, lines, counted);
    }

    /** Commission of a revenue against a quota, one line per band holding revenue. */
    BigDecimal commission(BigDecimal quota, BigDecimal revenue, List<StatementLine> lines) {
        if (quota == null || quota.signum() == 0) {
            BigDecimal amount = Money.round(revenue.multiply(rules.baseRate()));
            lines.add(new StatementLine("commission", amount, "no quota for the period: %s × base rate %s"
                    .formatted(revenue.toPlainString(), rules.baseRate().toPlainString())));
            return amount;
        }
        BigDecimal total = Money.ZERO;
        List<Band> bands = rules.bands();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            BigDecimal low = Money.ofPercent(quota, band.fromPercent());
            BigDecimal high = i + 1 < bands.size()
                    ? Money.ofPercent(quota, bands.get(i + 1).fromPercent()) : null;
            BigDecimal top = high == null ? revenue : revenue.min(high);
            BigDecimal portion = top.subtract(low);
            if (portion.signum() <= 0) {
                continue;
            }
            BigDecimal rate = rules.baseRate().multiply(band.multiplier());
            BigDecimal amount = Money.round(portion.multiply(rate));
            total = total.add(amount);
            lines.add(new StatementLine(band.fromPercent().compareTo(HUNDRED) >= 0 ? "accelerator" : "tier", amount,
                    "%s–%s %% of quota: %s × %s × %s".formatted(band.fromPercent().toPlainString(),
                            high == null ? "" : bands.get(i + 1).fromPercent().toPlainString(), Money.round(portion).toPlainString(),
                            rules.baseRate().toPlainString(), band.multiplier().toPlainString())));
        }
        if (total.signum() == 0) {
            lines.add(new StatementLine("commission", Money.ZERO, "no revenue in the period"));
        }
        return total;
    }

    private BigDecimal clawback(PayoutInput.Reversal reversal, List<StatementLine> lines) {
        Credit credit = reversal.credit();
        long days = ChronoUnit.DAYS.between(credit.wonOn(), credit.reversedOn());
        String what = "opportunity %s (%s, won %s, reversed %s)".formatted(credit.opportunityId(),
                credit.amount().toPlainString(), credit.wonOn(), credit.reversedOn());
        if (!rules.currency().equals(credit.currency())) {
            return Money.ZERO;
        }
        if (reversal.paid() == null) {
            lines.add(new StatementLine("clawback", Money.ZERO, what + ": its period is not paid yet, nothing to take back"));
            return Money.ZERO;
        }
        if (days > rules.clawbackWindowDays()) {
            lines.add(new StatementLine("clawback", Money.ZERO,
                    what + ": outside the clawback window of " + rules.clawbackWindowDays() + " days"));
            return Money.ZERO;
        }
        PaidFigures paid = reversal.paid();
        if (paid.revenue().signum() == 0) {
            return Money.ZERO;
        }
        BigDecimal amount = credit.amount().multiply(paid.earned()).multiply(rules.clawbackPercent())
                .divide(paid.revenue().multiply(HUNDRED), Money.SCALE, Money.ROUNDING);
        lines.add(new StatementLine("clawback", amount.negate(), what + ": %s × %s / %s (paid in %s) × %s %%".formatted(
                credit.amount().toPlainString(), paid.earned().toPlainString(), paid.revenue().toPlainString(),
                paid.period().code(), rules.clawbackPercent().toPlainString())));
        return amount;
    }
}
