package com.kamsuite.console.shared.security;

import com.kamsuite.console.shared.ConsoleProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The console's one registration, {@value #REGISTRATION_ID}, completed from the issuer's OpenID discovery document
 * (endpoints, keys, end-session endpoint for sign-out) on first use rather than at start-up, so the console starts
 * whether or not the identity provider is up yet, and tries again on the next sign-in if it was not.
 */
public class IssuerClientRegistrations implements ClientRegistrationRepository {

    public static final String REGISTRATION_ID = "kam";

    private final ConsoleProperties.Oidc oidc;
    private final AtomicReference<ClientRegistration> discovered = new AtomicReference<>();

    public IssuerClientRegistrations(ConsoleProperties.Oidc oidc) {
        this.oidc = oidc;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration registration = discovered.get();
        if (registration == null) {
            registration = ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                    .registrationId(REGISTRATION_ID)
                    .clientId(oidc.clientId())
                    .clientSecret(oidc.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile")
                    .userNameAttributeName("sub")
                    .build();
            discovered.compareAndSet(null, registration);
        }
        return registration;
    }
}
