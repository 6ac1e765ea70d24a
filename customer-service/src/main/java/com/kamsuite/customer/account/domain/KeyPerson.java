package com.kamsuite.customer.account.domain;

import java.util.Set;

/**
 * A key person of the customer whom the division manages (C1). Phone, e-mail and personal notes are personal data:
 * only the managing division sees the person at all, and within it only roles that need them (see
 * {@link PersonalDataPolicy}).
 */
public record KeyPerson(String id, String name, String title, BuyingRole role, int influence, int relationshipStrength,
                        String phone, String email, String personalNotes) implements ArchiveEntry<KeyPerson> {

    public static final Set<String> PERSONAL_FIELDS = Set.of("phone", "email", "personalNotes");

    public KeyPerson {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (role == null) {
            throw new IllegalArgumentException("role must be one of " + java.util.Arrays.toString(BuyingRole.values()));
        }
        requireScale("influence", influence);
        requireScale("relationshipStrength", relationshipStrength);
    }

    private static void requireScale(String field, int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException(field + " must be between 1 and 5");
        }
    }

    @Override
    public KeyPerson withId(String newId) {
        return new KeyPerson(newId, name, title, role, influence, relationshipStrength, phone, email, personalNotes);
    }

    /** The same person without personal data, for roles that do not need it. */
    public KeyPerson redacted() {
        return new KeyPerson(id, name, title, role, influence, relationshipStrength, null, null, null);
    }
}
