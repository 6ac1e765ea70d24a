package com.kamsuite.customer.account.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A change of relationship level, effective on a date, with who recorded it when and why. */
public record LevelChange(RelationshipLevel level, RelationshipLevel previous, LocalDate effectiveOn, String note,
                          String by, Instant at) {
}
