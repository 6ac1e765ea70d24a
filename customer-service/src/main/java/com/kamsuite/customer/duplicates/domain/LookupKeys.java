package com.kamsuite.customer.duplicates.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The lookup keys under which a customer is found by duplicate search: its normalised name, each bigram of it (for
 * similar names), its phone and its address. Each key is the {@code _id} of a document listing customer ids, so a
 * check reads a handful of documents by id instead of scanning customers.
 */
public final class LookupKeys {

    public static final String NAME = "n:";
    public static final String GRAM = "g:";
    public static final String PHONE = "p:";
    public static final String ADDRESS = "a:";

    private LookupKeys() {
    }

    public static List<String> of(String normalizedName, String phoneKey, String addressKey) {
        List<String> keys = new ArrayList<>();
        keys.add(NAME + normalizedName);
        CompanyNames.bigrams(normalizedName).forEach(gram -> keys.add(GRAM + gram));
        if (phoneKey != null) {
            keys.add(PHONE + phoneKey);
        }
        if (addressKey != null) {
            keys.add(ADDRESS + addressKey);
        }
        return keys;
    }
}
