package com.kamsuite.customer.account.domain;

/** An entry of the division's archive with an id of its own within the account (a key person, a competitor). */
public interface ArchiveEntry<T> {

    String id();

    T withId(String id);
}
