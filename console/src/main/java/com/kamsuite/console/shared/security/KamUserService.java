package com.kamsuite.console.shared.security;

import com.kamsuite.runtime.KamClaims;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the signed-in person after the code exchange: the ID token says who they are; the access token, validated
 * against the issuer's keys like every service does, gives the division and the roles. A token without a division
 * cannot use the console (sign-in fails with {@code no-division}).
 */
class KamUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidc.loadUser(request);
        Jwt accessToken;
        try {
            accessToken = decoderOf(request.getClientRegistration()).decode(request.getAccessToken().getTokenValue());
        } catch (JwtException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token", "the access token is not valid: " + e.getMessage(), null), e);
        }
        String division = accessToken.getClaimAsString(KamClaims.DIVISION);
        if (division == null || division.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("no-division", "the access token names no division", null));
        }
        String name = user.getFullName() != null ? user.getFullName() : accessToken.getClaimAsString("name");
        return new KamUser(KamClaims.authorities(accessToken), user.getIdToken(), user.getUserInfo(), division, name);
    }

    private JwtDecoder decoderOf(ClientRegistration registration) {
        return decoders.computeIfAbsent(registration.getRegistrationId(), id -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(registration.getProviderDetails().getIssuerUri()));
            return decoder;
        });
    }
}
