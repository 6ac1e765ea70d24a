package com.kamsuite.runtime;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KamClaimsTest {

    @Test
    void everyRoleOfTheTokenBecomesAnAuthorityAndTheNameIsThePerson() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("p-1")
                .claim(KamClaims.DIVISION, "div-a").claim(KamClaims.ROLES, List.of("FINANCE", "HR"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        var authentication = KamClaims.authenticationConverter().convert(jwt);

        assertThat(authentication.getName()).isEqualTo("p-1");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_FINANCE", "ROLE_HR");
    }

    @Test
    void aTokenWithoutRolesGrantsNothing() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("p-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        assertThat(KamClaims.authorities(jwt)).isEmpty();
    }
}
