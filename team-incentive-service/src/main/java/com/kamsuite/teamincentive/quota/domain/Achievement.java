package com.kamsuite.teamincentive.quota.domain;

import java.math.BigDecimal;

/** What a target achieved so far: the credits of the people at or below it, won in the plan range and not reversed. */
public record Achievement(TargetKind kind, String targetId, BigDecimal achieved) {
}
