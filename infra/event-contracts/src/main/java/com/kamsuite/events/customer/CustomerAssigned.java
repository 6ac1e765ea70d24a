package com.kamsuite.events.customer;

/**
 * A division relationship with a customer was assigned to an account manager (or left unassigned,
 * {@code accountManagerId} null, when no territory rule matched).
 */
public record CustomerAssigned(
        String customerId,
        String divisionId,
        String accountManagerId,
        String previousAccountManagerId,
        String assignedBy,
        String reason) {
}
