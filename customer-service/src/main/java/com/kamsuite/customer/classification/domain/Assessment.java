package com.kamsuite.customer.classification.domain;

/**
 * The judged dimensions of key-account evaluation (C6), scored 0–5 by the division: industry influence (a leader
 * others copy), strategic value, price pressure; and the customer's average payment cycle in days.
 */
public record Assessment(int industryInfluence, int strategicValue, int pricePressure, Integer averagePaymentDays) {

    public static final Assessment NONE = new Assessment(0, 0, 0, null);

    public Assessment {
        requireScale("industryInfluence", industryInfluence);
        requireScale("strategicValue", strategicValue);
        requireScale("pricePressure", pricePressure);
        if (averagePaymentDays != null && (averagePaymentDays < 0 || averagePaymentDays > 720)) {
            throw new IllegalArgumentException("averagePaymentDays must be between 0 and 720");
        }
    }

    private static void requireScale(String field, int value) {
        if (value < 0 || value > 5) {
            throw new IllegalArgumentException(field + " must be between 0 and 5");
        }
    }
}
