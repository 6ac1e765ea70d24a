package com.kamsuite.events.customer;

/**
 * A customer master record was created. The master is group-wide; {@code registeredByDivision} is the
 * division whose user created it, and the one that holds the first account relationship.
 */
public record CustomerRegistered(
        String customerId,
        String registrationId,
        String legalName,
        String industry,
        String region,
        String size,
        String parentId,
        String registeredByDivision) {
}
