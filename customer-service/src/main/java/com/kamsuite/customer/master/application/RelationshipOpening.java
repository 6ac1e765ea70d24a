package com.kamsuite.customer.master.application;

import com.kamsuite.customer.master.domain.Customer;

import java.util.Optional;

/**
 * Opens the registering division's relationship with a new customer (the assignment feature does, by its territory
 * rules). A port of the master, so that the master does not depend on the features that depend on it.
 */
public interface RelationshipOpening {

    /** Opens and assigns it unless it exists; its owner, or empty when it is queued for sales operations. */
    Optional<String> openFor(Customer customer, String divisionId, String person);
}
