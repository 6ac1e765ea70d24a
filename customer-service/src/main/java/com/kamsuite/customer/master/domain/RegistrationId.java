package com.kamsuite.customer.master.domain;

import java.util.Locale;

/**
 * A company's registration id: the 18-character unified social credit code (统一社会信用代码) in China, or another
 * registry's id abroad. Compared without spaces and case, so "9131 0000 ma1fl0000x" is "91310000MA1FL0000X".
 */
public record RegistrationId(String value) {

    public RegistrationId {
        if (value == null) {
            throw new IllegalArgumentException("registration id must not be empty");
        }
        value = value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (value.length() < 5 || value.length() > 40 || !value.matches("[0-9A-Z./]+")) {
            throw new IllegalArgumentException("registration id must be 5 to 40 letters or digits: " + value);
        }
    }
}
