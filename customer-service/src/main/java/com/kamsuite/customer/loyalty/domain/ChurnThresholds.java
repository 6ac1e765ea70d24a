package com.kamsuite.customer.loyalty.domain;

import java.math.BigDecimal;

/**
 * When an account is at risk of churning: its share of wallet fell by at least {@code shareDropPoints} percentage
 * points, a complaint stayed open longer than {@code complaintOpenDays}, the latest survey scored below
 * {@code satisfactionFloor}, or fell by at least {@code satisfactionDropPoints} from the one before.
 */
public record ChurnThresholds(BigDecimal shareDropPoints, int complaintOpenDays, BigDecimal satisfactionFloor,
                              BigDecimal satisfactionDropPoints) {

    public static final ChurnThresholds DEFAULT =
            new ChurnThresholds(BigDecimal.TEN, 30, BigDecimal.valueOf(60), BigDecimal.valueOf(15));
}
