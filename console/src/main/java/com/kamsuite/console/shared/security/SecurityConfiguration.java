package com.kamsuite.console.shared.security;

import com.kamsuite.console.shared.ConsoleProperties;
import com.kamsuite.runtime.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.net.URI;

/**
 * The console as a backend-for-frontend: sign-in with the authorization code flow and PKCE as a confidential
 * client; the tokens stay in the server-side session (the browser holds only the HttpOnly, SameSite session cookie);
 * CSRF tokens on every form and htmx request; sign-out ends the session here and at the identity provider
 * (OpenID Connect RP-initiated logout).
 */
@Configuration
class SecurityConfiguration {

    static final String SIGN_IN = "/oauth2/authorization/" + IssuerClientRegistrations.REGISTRATION_ID;

    @Bean
    ClientRegistrationRepository clientRegistrations(ConsoleProperties properties) {
        return new IssuerClientRegistrations(properties.oidc());
    }

    /** The tokens live in the HTTP session: gone when the session ends, never shared between two sessions. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository clients, ConsoleProperties properties) {
        OAuth2AuthorizedClientProvider provider = OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken(refresh -> refresh.clockSkew(properties.oidc().refreshBeforeExpiry()))
                .build();
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(provider);
        return manager;
    }

    @Bean
    SecurityFilterChain console(HttpSecurity http, ClientRegistrationRepository registrations, ConsoleProperties properties)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler endAtIdentityProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        endAtIdentityProvider.setPostLogoutRedirectUri("{baseUrl}/signed-out");
        URI issuer = URI.create(properties.oidc().issuerUri());
        String issuerOrigin = issuer.getScheme() + "://" + issuer.getAuthority();

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/signed-out", "/error",
                                "/actuator/health/**").permitAll()
                        // What a role is not offered on screen is refused here too, before any service is asked.
                        .requestMatchers(HttpMethod.POST, "/pipeline/*/moves", "/opportunities/**").hasAnyRole(KamUser.SELLERS.toArray(String[]::new))
                        .requestMatchers(HttpMethod.POST, "/funnel/**").hasRole(Roles.SALES_OPERATIONS)
                        .requestMatchers("/pipeline/**", "/opportunities/**", "/funnel/**").hasAnyRole(KamUser.READERS.toArray(String[]::new))
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage(SIGN_IN)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new KamUserService())))
                .logout(logout -> logout.logoutSuccessHandler(endAtIdentityProvider))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                                + "base-uri 'self'; form-action 'self' " + issuerOrigin))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
