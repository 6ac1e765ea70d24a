package com.kamsuite.teamincentive.bonus.domain;

import com.kamsuite.teamincentive.sales.domain.Credit;
import com.kamsuite.teamincentive.shared.domain.Period;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The payout of a period for every participant of a plan, computed in memory from data loaded once: the credits are
 * grouped by person in one pass, then each person's statement is a pure function of their inputs. Also the SHA-256
 * digest of all inputs: two calculations with the same digest produce the same statements.
 */
public final class PayoutBatch {

    /**
     * @param label             identifies the plan version (part of the digest)
     * @param quotas            per person, their quota for the period (absent: no quota)
     * @param creditsWon        credits won in the period (anyone's; only participants' are used)
     * @param creditsReversed   credits reversed in the period
     * @param paid              per person, per period code, what locked statements of this plan paid them
     * @param satisfaction      per person, the average satisfaction of their key accounts
     * @param balances          per person, what they owe from the last locked period
     */
    public record Inputs(String label, PlanRules rules, Period period, List<String> participants, Map<String, BigDecimal> quotas,
                         List<Credit> creditsWon, List<Credit> creditsReversed, Map<String, Map<String, PaidFigures>> paid,
                         Map<String, BigDecimal> satisfaction, Map<String, BigDecimal> balances) {
    }

    public record Result(List<Statement> statements, String inputDigest) {
    }

    private PayoutBatch() {
    }

    public static Result calculate(Inputs in) {
        Map<String, List<Credit>> won = byPerson(in.creditsWon());
        Map<String, List<Credit>> reversed = byPerson(in.creditsReversed());
        PayoutCalculator calculator = new PayoutCalculator(in.rules());
        boolean quarterly = in.rules().periodicity() == Periodicity.QUARTERLY;
        MessageDigest digest = sha256();
        feed(digest, in.label(), in.rules(), in.period());
        List<Statement> statements = new ArrayList<>(in.participants().size());
        for (String person : in.participants().stream().sorted().distinct().toList()) {
            List<PayoutInput.Reversal> reversals = new ArrayList<>();
            for (Credit credit : reversed.getOrDefault(person, List.of())) {
                if (credit.wonOn().isBefore(in.period().start())) {
                    String wonPeriod = Period.containing(credit.wonOn(), quarterly).code();
                    reversals.add(new PayoutInput.Reversal(credit, in.paid().getOrDefault(person, Map.of()).get(wonPeriod)));
                }
            }
            PayoutInput input = new PayoutInput(person, in.period(), in.quotas().get(person), won.getOrDefault(person, List.of()),
                    reversals, in.satisfaction().get(person), in.balances().get(person));
            StringBuilder text = new StringBuilder(64 + 48 * input.credits().size());
            append(text, person, input.quota(), input.satisfaction(), input.balance());
            input.credits().forEach(c -> append(text, c.opportunityId(), c.amount(), c.currency(), c.wonOn(), c.reversedOn()));
            input.reversals().forEach(r -> append(text, r.credit().opportunityId(), r.credit().amount(), r.credit().wonOn(),
                    r.credit().reversedOn(), r.paid()));
            digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
            statements.add(calculator.calculate(input));
        }
        return new Result(statements, HexFormat.of().formatHex(digest.digest()));
    }

    /** Credits grouped by person, each group in (opportunity, person) order whatever the order given. */
    private static Map<String, List<Credit>> byPerson(List<Credit> credits) {
        Map<String, List<Credit>> grouped = new HashMap<>();
        for (Credit credit : credits) {
            grouped.computeIfAbsent(credit.personId(), k -> new ArrayList<>()).add(credit);
        }
        grouped.values().forEach(list -> list.sort(java.util.Comparator.comparing(Credit::opportunityId)));
        return grouped;
    }

    private static void feed(MessageDigest digest, Object... values) {
        StringBuilder text = new StringBuilder();
        append(text, values);
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Values separated by a unit separator; decimals by value (1.50 and 1.5 are the same input). */
    private static void append(StringBuilder text, Object... values) {
        for (Object value : values) {
            text.append(value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : String.valueOf(value))
                    .append('\u001f');
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
