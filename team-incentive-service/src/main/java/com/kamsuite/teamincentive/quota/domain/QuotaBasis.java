package com.kamsuite.teamincentive.quota.domain;

import java.math.BigDecimal;

/** Where a plan's total came from: achieved history over a window, and the growth target applied to it. */
public record QuotaBasis(String historyFrom, String historyTo, BigDecimal historyTotal, BigDecimal growthPercent,
                         BigDecimal suggestedTotal) {
}
