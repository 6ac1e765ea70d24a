package com.kamsuite.forecast.submission.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A superior's revision of a line (F3): the values before and after, who, when and why. */
public record LineAdjustment(Instant at, String by, String reason, BigDecimal fromAmount, BigDecimal fromWeightPercent,
                             BigDecimal toAmount, BigDecimal toWeightPercent) {
}
