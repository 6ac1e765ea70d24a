package com.kamsuite.teamincentive.shared.domain;

import java.time.Instant;

/** One step in the life of an aggregate: who did what, when, and why. */
public record AuditEntry(Instant at, String by, String what, String note) {
}
