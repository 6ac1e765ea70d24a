package com.kamsuite.embedded.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The role × endpoint matrix every service tests: each endpoint with the roles it is for, tried with every role of
 * the suite (people and channel partners), expecting 403 for the others.
 */
public final class RoleMatrix {

    public static final List<String> ROLES = List.of("ACCOUNT_MANAGER", "SALES_MANAGER", "SALES_DIRECTOR",
            "DIVISION_HEAD", "SALES_OPERATIONS", "FINANCE", "HR", "PARTNER");
    public static final Set<String> STAFF = Set.of("ACCOUNT_MANAGER", "SALES_MANAGER", "SALES_DIRECTOR",
            "DIVISION_HEAD", "SALES_OPERATIONS", "FINANCE", "HR");

    private RoleMatrix() {
    }

    public record Endpoint(String method, String path, String body, Set<String> allowed) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The arguments of a parameterised test: (endpoint, role, whether the role is allowed). */
    public static Stream<Object[]> cases(List<Endpoint> endpoints) {
        List<Object[]> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (String role : ROLES) {
                cases.add(new Object[] {endpoint, role, endpoint.allowed().contains(role)});
            }
        }
        return cases.stream();
    }

    /** A bearer token of a person with the role in the division, or of a partner of the division. */
    public static String bearerFor(String role, String division) {
        return "PARTNER".equals(role)
                ? TestTokens.bearer(TestTokens.forPartner("partner-x", division))
                : TestTokens.bearer(TestTokens.forUser("user." + division, division, role));
    }
}
