package com.kamsuite.kit.security;

import java.util.Set;

/**
 * Who is calling, from the validated access token and nothing else: the person (or partner client), the division
 * every read and write is scoped to, the roles, and the partner id for channel partners.
 */
public record CurrentUser(String personId, String divisionId, Set<String> roles, String partnerId) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isPartner() {
        return partnerId != null;
    }
}
