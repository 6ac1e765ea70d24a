package com.kamsuite.customer.common.domain;

import java.time.Instant;

/**
 * One change of an archive, kept for ever: who (person and division), when, which field of which category, the old
 * and the new value. {@code personal} marks personal data of a key person, shown only to roles that need it.
 */
public record Change(Instant at, String by, String division, String category, String field, String oldValue,
                     String newValue, boolean personal) {
}
