package com.kamsuite.embedded.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Signed access tokens for tests, with the claims the development authorisation server issues:
 * {@code sub} (person id), {@code division}, {@code roles}, and {@code partner_id} for channel partners.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:9000";
    private static final RSAKey KEY = generateKey();
    private static final JwtEncoder ENCODER = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(KEY)));

    private TestTokens() {
    }

    public static String forUser(String personId, String division, String... roles) {
        return encode(JwtClaimsSet.builder()
                .subject(personId)
                .claim("division", division)
                .claim("roles", List.of(roles)));
    }

    public static String forPartner(String partnerId, String division) {
        return encode(JwtClaimsSet.builder()
                .subject(partnerId)
                .claim("division", division)
                .claim("partner_id", partnerId)
                .claim("roles", List.of("PARTNER")));
    }

    /** A token whose claims the caller chooses, for tests of malformed or incomplete tokens. */
    public static String custom(JwtClaimsSet.Builder claims) {
        return encode(claims);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    static JwtDecoder decoder() {
        try {
            return NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For a reactive resource server (the gateway). */
    public static ReactiveJwtDecoder reactiveDecoder() {
        try {
            return NimbusReactiveJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(JwtClaimsSet.Builder claims) {
        Instant now = Instant.now();
        JwtClaimsSet set = claims.issuer(ISSUER).issuedAt(now).expiresAt(now.plus(1, ChronoUnit.HOURS)).build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY.getKeyID()).build();
        return ENCODER.encode(JwtEncoderParameters.from(header, set)).getTokenValue();
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("kam-test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
