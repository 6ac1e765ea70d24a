package com.kamsuite.customer.common.domain;

import java.time.Instant;
import java.util.Comparator;

/**
 * One change of an archive, kept for ever: who (person and division), when, which field of which category, the old
 * and the new value. {@code personal} marks personal data of a key person, shown only to roles that need it.
 */
public record Change(Instant at, String by, String division, String category, String field, String oldValue,
                     String newValue, boolean personal) {

    /** Oldest first; the histories of an account's features interleave by it. */
    public static final Comparator<Change> BY_TIME = Comparator.comparing(Change::at);

    /** The same change with personal values masked. */
    public Change redacted() {
        return personal ? new Change(at, by, division, category, field, oldValue == null ? null : "***",
                newValue == null ? null : "***", true) : this;
    }
}
