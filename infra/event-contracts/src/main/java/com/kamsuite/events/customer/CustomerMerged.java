package com.kamsuite.events.customer;

/** A duplicate was merged into a survivor; holders of {@code mergedId} must repoint to {@code survivorId}. */
public record CustomerMerged(String survivorId, String mergedId) {
}
