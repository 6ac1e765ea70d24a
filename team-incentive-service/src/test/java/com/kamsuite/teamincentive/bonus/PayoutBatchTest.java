package com.kamsuite.teamincentive.bonus;

import com.kamsuite.teamincentive.bonus.domain.PaidFigures;
import com.kamsuite.teamincentive.bonus.domain.PayoutBatch;
import com.kamsuite.teamincentive.bonus.domain.Statement;
import com.kamsuite.teamincentive.sales.domain.Credit;
import com.kamsuite.teamincentive.shared.domain.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PayoutBatchTest {

    static final Period Q4 = new Period("2026-Q4");
    final List<Credit> credits = List.of(
            PayoutCalculatorTest.credit("o1", "700000", "2026-10-01", null),
            new Credit("o2", "c2", "other", new BigDecimal("400000"), "CNY", Q4.start(), null),
            PayoutCalculatorTest.credit("o3", "600000.50", "2026-11-11", null));
    final List<Credit> reversed = List.of(PayoutCalculatorTest.credit("old", "100000", "2026-08-01", "2026-10-10"));

    @Test
    void theOrderTheCreditsArriveInChangesNeitherTheStatementsNorTheDigest() {
        var first = PayoutBatch.calculate(inputs(credits, "1000000"));
        List<Credit> shuffled = new ArrayList<>(credits);
        Collections.shuffle(shuffled, new Random(7));

        var second = PayoutBatch.calculate(inputs(shuffled, "1000000"));

        assertThat(second.statements()).isEqualTo(first.statements());
        assertThat(second.inputDigest()).isEqualTo(first.inputDigest()).hasSize(64);
    }

    @Test
    void anyChangedInputChangesTheDigest() {
        var base = PayoutBatch.calculate(inputs(credits, "1000000")).inputDigest();

        assertThat(PayoutBatch.calculate(inputs(credits, "1000001")).inputDigest()).isNotEqualTo(base);
        assertThat(PayoutBatch.calculate(inputs(credits.subList(0, 2), "1000000")).inputDigest()).isNotEqualTo(base);
    }

    @Test
    void eachPersonGetsTheirOwnCreditsAndClawbacks() {
        var result = PayoutBatch.calculate(inputs(credits, "1000000"));

        Statement am = result.statements().stream().filter(s -> s.personId().equals("am")).findFirst().orElseThrow();
        assertThat(am.revenue()).isEqualByComparingTo("1300000.50");
        // 100,000 × 20,000 / 1,000,000 paid in Q3
        assertThat(am.clawback()).isEqualByComparingTo("2000.00");
        assertThat(result.statements()).extracting(Statement::personId).containsExactly("am", "other");
    }

    private PayoutBatch.Inputs inputs(List<Credit> won, String quota) {
        Period q3 = new Period("2026-Q3");
        return new PayoutBatch.Inputs("plan#1", PayoutCalculatorTest.RULES, Q4, List.of("other", "am"),
                Map.of("am", new BigDecimal(quota), "other", new BigDecimal(quota)), won, reversed,
                Map.of("am", Map.of(q3.code(), new PaidFigures(q3, new BigDecimal("1000000.00"), new BigDecimal("20000.00")))),
                Map.of(), Map.of());
    }
}
