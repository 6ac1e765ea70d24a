package com.kamsuite.opportunity.opportunity.domain;

/**
 * A person on the customer's side working this opportunity (O2 stage 03: map the buying committee).
 * {@code keyPersonId} optionally points at the key person of the account archive in customer-service.
 */
public record Contact(String contactId, String name, String title, BuyingRole buyingRole, String keyPersonId) {

    public Contact {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a contact needs a name");
        }
        if (buyingRole == null) {
            throw new IllegalArgumentException("a contact needs a buying role");
        }
        name = name.strip();
    }
}
