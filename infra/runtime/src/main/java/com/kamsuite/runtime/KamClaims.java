package com.kamsuite.runtime;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.List;

/**
 * The claims of a KAM access token: {@code sub} is the person (or partner client), {@code division} the
 * division every read and write is scoped to, {@code roles} the roles, {@code partner_id} set for partners.
 */
public final class KamClaims {

    public static final String DIVISION = "division";
    public static final String ROLES = "roles";
    public static final String PARTNER_ID = "partner_id";

    private KamClaims() {
    }

    /** Authorities {@code ROLE_<role>} for each entry of the {@code roles} claim. */
    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<String> roles = jwt.hasClaim(ROLES) ? jwt.getClaimAsStringList(ROLES) : List.of();
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    /** Turns a validated token into an authentication whose name is the person id. */
    public static Converter<Jwt, AbstractAuthenticationToken> authenticationConverter() {
        return jwt -> new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
    }
}
