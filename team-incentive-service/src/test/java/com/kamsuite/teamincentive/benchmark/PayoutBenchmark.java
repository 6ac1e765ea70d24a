package com.kamsuite.teamincentive.benchmark;

import com.kamsuite.teamincentive.bonus.domain.Band;
import com.kamsuite.teamincentive.bonus.domain.PaidFigures;
import com.kamsuite.teamincentive.bonus.domain.PayoutBatch;
import com.kamsuite.teamincentive.bonus.domain.Periodicity;
import com.kamsuite.teamincentive.bonus.domain.PlanRules;
import com.kamsuite.teamincentive.bonus.domain.SatisfactionBand;
import com.kamsuite.teamincentive.bonus.domain.Statement;
import com.kamsuite.teamincentive.sales.domain.Credit;
import com.kamsuite.teamincentive.shared.domain.Period;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: a benchmark run by hand. The payout of one quarter for N people over M won-opportunity credits, computed
 * as the service computes it (PayoutBatch: data loaded once, grouped by person in one pass, one statement per person
 * with every line and every counted credit, and the SHA-256 input digest). Reports the median wall time of several
 * runs, the bytes allocated per run, and the heap the inputs and the statements hold.
 *
 * <pre>
 * ./mvnw -q -B -pl team-incentive-service test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx4g -cp team-incentive-service/target/test-classes:team-incentive-service/target/classes:$(cat team-incentive-service/target/cp.txt) \
 *      com.kamsuite.teamincentive.benchmark.PayoutBenchmark [people credits ...]
 * </pre>
 * Without arguments: 10,000 × 1,000,000, then the scaling series.
 */
public final class PayoutBenchmark {

    static final Period QUARTER = new Period("2026-Q4");
    static final PlanRules RULES = new PlanRules("CNY", Periodicity.QUARTERLY, new BigDecimal("0.02"),
            List.of(new Band(BigDecimal.ZERO, new BigDecimal("0.5")), new Band(new BigDecimal("50"), BigDecimal.ONE)),
            List.of(new Band(new BigDecimal("100"), new BigDecimal("1.5")), new Band(new BigDecimal("120"), new BigDecimal("2"))),
            new BigDecimal("150000"), new BigDecimal("5000"), 180, new BigDecimal("100"),
            List.of(new SatisfactionBand(new BigDecimal("90"), new BigDecimal("1.1")),
                    new SatisfactionBand(BigDecimal.ZERO, BigDecimal.ONE)));

    public static void main(String[] args) {
        List<int[]> sizes = new ArrayList<>();
        if (args.length >= 2) {
            for (int i = 0; i + 1 < args.length; i += 2) {
                sizes.add(new int[] {Integer.parseInt(args[i]), Integer.parseInt(args[i + 1])});
            }
        } else {
            sizes.add(new int[] {10_000, 1_000_000});
            for (int credits : new int[] {250_000, 500_000, 2_000_000}) {
                sizes.add(new int[] {10_000, credits});
            }
            for (int people : new int[] {2_500, 5_000, 20_000, 40_000}) {
                sizes.add(new int[] {people, 1_000_000});
            }
        }
        System.out.printf("JVM %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("people  credits    median ms  min ms  max ms  alloc MB/run  inputs heap MB  statements heap MB  total payout");
        for (int[] size : sizes) {
            run(size[0], size[1]);
        }
    }

    static void run(int people, int credits) {
        long before = usedHeapAfterGc();
        PayoutBatch.Inputs inputs = inputs(people, credits, new Random(42));
        long inputsHeap = usedHeapAfterGc() - before;
        PayoutBatch.calculate(inputs);
        PayoutBatch.calculate(inputs);
        int runs = 5;
        long[] millis = new long[runs];
        long allocated = 0;
        PayoutBatch.Result result = null;
        for (int i = 0; i < runs; i++) {
            result = null;
            usedHeapAfterGc();
            long allocatedBefore = allocatedBytes();
            long start = System.nanoTime();
            result = PayoutBatch.calculate(inputs);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            allocated += allocatedBytes() - allocatedBefore;
        }
        long withResult = usedHeapAfterGc();
        long statementsHeap = withResult - before - inputsHeap;
        java.util.Arrays.sort(millis);
        BigDecimal total = result.statements().stream().map(Statement::payout).reduce(BigDecimal.ZERO, BigDecimal::add);
        System.out.printf("%6d  %9d  %9d  %6d  %6d  %12d  %14d  %18d  %s%n", people, credits, millis[runs / 2], millis[0],
                millis[runs - 1], allocated / runs >> 20, inputsHeap >> 20, statementsHeap >> 20, total.toPlainString());
    }

    /**
     * Synthetic but realistic inputs: quotas of 0.5–2.5 million a quarter; credits of 10,000–1,000,000 (two decimals)
     * spread over the quarter, a fifth of deals split 60/40 between two people; 1 % of the people's earlier deals
     * reversed in the quarter (clawback, against a paid Q3); satisfaction for a third of the people; balances for 5 %.
     */
    static PayoutBatch.Inputs inputs(int people, int credits, Random random) {
        List<String> participants = new ArrayList<>(people);
        Map<String, BigDecimal> quotas = new HashMap<>();
        Map<String, BigDecimal> satisfaction = new HashMap<>();
        Map<String, BigDecimal> balances = new HashMap<>();
        Map<String, Map<String, PaidFigures>> paid = new HashMap<>();
        Period q3 = new Period("2026-Q3");
        for (int p = 0; p < people; p++) {
            String person = "am-" + p;
            participants.add(person);
            quotas.put(person, BigDecimal.valueOf(500_000 + random.nextInt(2_000_001)).setScale(2));
            if (p % 3 == 0) {
                satisfaction.put(person, BigDecimal.valueOf(60 + random.nextInt(41)));
            }
            if (p % 20 == 0) {
                balances.put(person, BigDecimal.valueOf(random.nextInt(5_000)).setScale(2));
            }
            paid.put(person, Map.of(q3.code(), new PaidFigures(q3, new BigDecimal("1500000.00"), new BigDecimal("30000.00"))));
        }
        List<Credit> won = new ArrayList<>(credits);
        int deals = 0;
        while (won.size() < credits) {
            String opportunity = "opp-" + deals++;
            BigDecimal amount = BigDecimal.valueOf(1_000_000 + random.nextInt(99_000_001), 2);
            LocalDate wonOn = QUARTER.start().plusDays(random.nextInt(92));
            String first = participants.get(random.nextInt(people));
            if (random.nextInt(5) == 0 && won.size() + 2 <= credits) {
                String second = participants.get(random.nextInt(people));
                won.add(new Credit(opportunity, "cust-" + random.nextInt(50_000), first, amount.multiply(new BigDecimal("0.6")), "CNY", wonOn, null));
                won.add(new Credit(opportunity, "cust-" + random.nextInt(50_000), second, amount.multiply(new BigDecimal("0.4")), "CNY", wonOn, null));
            } else {
                won.add(new Credit(opportunity, "cust-" + random.nextInt(50_000), first, amount, "CNY", wonOn, null));
            }
        }
        List<Credit> reversed = new ArrayList<>();
        for (int i = 0; i < credits / 100; i++) {
            LocalDate wonOn = q3.start().plusDays(random.nextInt(92));
            reversed.add(new Credit("old-" + i, "cust-" + random.nextInt(50_000), participants.get(random.nextInt(people)),
                    BigDecimal.valueOf(1_000_000 + random.nextInt(49_000_001), 2), "CNY", wonOn,
                    QUARTER.start().plusDays(random.nextInt(92))));
        }
        return new PayoutBatch.Inputs("benchmark#1", RULES, QUARTER, participants, quotas, won, reversed, paid, satisfaction,
                balances);
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static long allocatedBytes() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private PayoutBenchmark() {
    }
}
