package com.kamsuite.customer.classification.domain;

/** The key-account tier of a division relationship (C6). */
public enum Tier {
    STRATEGIC, KEY, NORMAL
}
