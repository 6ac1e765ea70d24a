package com.kamsuite.forecast.shared.domain;

import java.time.Instant;

/** One step in the life of an aggregate: who did what, when, and why (F5). */
public record AuditEntry(Instant at, String by, String what, String reason) {
}
