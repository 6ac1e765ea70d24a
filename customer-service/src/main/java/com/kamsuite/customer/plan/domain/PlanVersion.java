package com.kamsuite.customer.plan.domain;

import java.time.Instant;

/** A saved version of an account plan; versions are never changed, a revision is a new version. */
public record PlanVersion(int version, PlanContent content, String note, String by, Instant at) {
}
