package com.kamsuite.opportunity.opportunity.domain;

import java.time.Instant;

/** The primary owner changed from one person to another: who decided, when and why. */
public record OwnerChange(String previousOwnerId, String ownerId, Instant at, String by, String reason) {
}
