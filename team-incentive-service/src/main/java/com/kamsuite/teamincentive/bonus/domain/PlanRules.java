package com.kamsuite.teamincentive.bonus.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The design of a bonus plan.
 * <ul>
 * <li>{@code baseRate}: commission per unit of credited revenue (0.02 = 2 %).</li>
 * <li>{@code tiers}: bands below 100 % attainment, each a multiplier of the base rate for the revenue falling in it
 * (like tax brackets); none means the base rate from 0 to 100 %. If given, the first starts at 0.</li>
 * <li>{@code accelerators}: bands from 100 % on, multipliers above 1 for the revenue beyond quota.</li>
 * <li>{@code capAmount}: the most one person earns in a period (before clawback and draw); null for no cap.</li>
 * <li>{@code drawAmount}: a recoverable draw: whoever earns less in a period is paid the draw, and the difference is
 * recovered from later earnings above the draw; 0 for none.</li>
 * <li>{@code clawbackWindowDays}, {@code clawbackPercent}: a deal lost or cancelled within the window after it was won,
 * once its period is paid, takes back this share of the commission it earned.</li>
 * <li>{@code satisfactionBands}: the key-account satisfaction factor by average score of the accounts a person serves;
 * none (or no survey) means factor 1.</li>
 * </ul>
 */
public record PlanRules(String currency, Periodicity periodicity, BigDecimal baseRate, List<Band> tiers,
                        List<Band> accelerators, BigDecimal capAmount, BigDecimal drawAmount, int clawbackWindowDays,
                        BigDecimal clawbackPercent, List<SatisfactionBand> satisfactionBands) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PlanRules {
        if (currency == null || !currency.matches("[A-Z]{3}") || periodicity == null) {
            throw new IllegalArgumentException("a plan has an ISO currency and a periodicity");
        }
        if (baseRate == null || baseRate.signum() < 0 || baseRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the base rate is between 0 and 1 (0.02 = 2 %)");
        }
        tiers = sorted(tiers);
        accelerators = sorted(accelerators);
        if (!tiers.isEmpty() && tiers.get(0).fromPercent().signum() != 0) {
            throw new IllegalArgumentException("the first tier starts at 0 %");
        }
        if (tiers.stream().anyMatch(t -> t.fromPercent().compareTo(HUNDRED) >= 0)) {
            throw new IllegalArgumentException("tiers lie below 100 %; use accelerators from 100 % on");
        }
        if (accelerators.stream().anyMatch(a -> a.fromPercent().compareTo(HUNDRED) < 0 || a.multiplier().compareTo(BigDecimal.ONE) < 0)) {
            throw new IllegalArgumentException("accelerators start at 100 % or more and multiply by 1 or more");
        }
        distinct(tiers);
        distinct(accelerators);
        if (capAmount != null && capAmount.signum() < 0 || drawAmount != null && drawAmount.signum() < 0) {
            throw new IllegalArgumentException("cap and draw are not negative");
        }
        drawAmount = drawAmount == null ? BigDecimal.ZERO : drawAmount;
        if (clawbackWindowDays < 0 || clawbackPercent == null || clawbackPercent.signum() < 0 || clawbackPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("the clawback window is not negative and the clawback 0–100 %");
        }
        satisfactionBands = satisfactionBands == null ? List.of()
                : satisfactionBands.stream().sorted(Comparator.comparing(SatisfactionBand::minScore).reversed()).toList();
    }

    /** Tiers (or 0 % × 1) followed by accelerators: the bands every revenue passes through, in order. */
    public List<Band> bands() {
        List<Band> below = tiers.isEmpty() ? List.of(new Band(BigDecimal.ZERO, BigDecimal.ONE)) : tiers;
        return java.util.stream.Stream.concat(below.stream(), accelerators.stream()).toList();
    }

    /** The factor for an average satisfaction score; 1 without a score or without bands. */
    public BigDecimal satisfactionFactor(BigDecimal score) {
        if (score == null || satisfactionBands.isEmpty()) {
            return BigDecimal.ONE;
        }
        return satisfactionBands.stream().filter(b -> score.compareTo(b.minScore()) >= 0).map(SatisfactionBand::factor)
                .findFirst().orElse(BigDecimal.ONE);
    }

    private static List<Band> sorted(List<Band> bands) {
        return bands == null ? List.of() : bands.stream().sorted(Comparator.comparing(Band::fromPercent)).toList();
    }

    private static void distinct(List<Band> bands) {
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).fromPercent().compareTo(bands.get(i - 1).fromPercent()) == 0) {
                throw new IllegalArgumentException("two bands start at " + bands.get(i).fromPercent() + " %");
            }
        }
    }
}
