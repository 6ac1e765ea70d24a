package com.kamsuite.local.identity;

import com.kamsuite.local.identity.DemoDirectory.DemoPartner;
import com.kamsuite.local.identity.DemoDirectory.DemoUser;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The development authorisation server of the embedded default (Spring Authorization Server). It signs the same
 * claims the enterprise's OIDC provider must issue in production: {@code sub} = person id, {@code division},
 * {@code roles}, and {@code partner_id} for channel partners' client-credentials tokens; ID tokens carry the
 * person's {@code name}.
 */
@SpringBootApplication
public class DevAuthorizationServer {

    /** The public client the CLI uses (authorization code with PKCE); its redirect is never followed. */
    public static final String CLI_CLIENT = "kam-cli";
    public static final String CLI_REDIRECT = "http://127.0.0.1/kam-cli/callback";

    /**
     * The web console, a confidential client (backend-for-frontend) using the authorization code flow with PKCE and
     * refresh tokens; its access tokens live {@link #CONSOLE_ACCESS_TOKEN_TTL}, so the console refreshes them while
     * a person works.
     */
    public static final String CONSOLE_CLIENT = "kam-console";
    public static final String CONSOLE_SECRET = "kam-console-secret";
    public static final Duration CONSOLE_ACCESS_TOKEN_TTL = Duration.ofMinutes(5);

    /** Starts on {@code port}, with the console registered for its address on {@code consolePort}. */
    public static ConfigurableApplicationContext start(int port, int consolePort) {
        return new SpringApplicationBuilder(DevAuthorizationServer.class)
                .properties(Map.of(
                        "spring.config.name", "kam-identity",
                        "spring.application.name", "identity",
                        "server.port", String.valueOf(port),
                        "kam.identity.issuer", "http://localhost:" + port,
                        "kam.identity.console-port", String.valueOf(consolePort),
                        "logging.level.root", "WARN",
                        "spring.main.banner-mode", "off"))
                .run();
    }

    public static void main(String[] args) {
        SpringApplication.run(DevAuthorizationServer.class, args);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(org.springframework.core.env.Environment environment) {
        return AuthorizationServerSettings.builder().issuer(environment.getRequiredProperty("kam.identity.issuer")).build();
    }

    @Bean
    UserDetailsService demoUsers() {
        return new InMemoryUserDetailsManager(DemoDirectory.USERS.stream()
                .map(user -> User.withUsername(user.login()).password("{noop}" + DemoDirectory.PASSWORD).roles(user.role()).build())
                .toList());
    }

    @Bean
    RegisteredClientRepository clients(org.springframework.core.env.Environment environment) {
        List<RegisteredClient> clients = new ArrayList<>();
        int consolePort = environment.getProperty("kam.identity.console-port", Integer.class, 8088);
        RegisteredClient.Builder console = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CONSOLE_CLIENT)
                .clientSecret("{noop}" + CONSOLE_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(CONSOLE_ACCESS_TOKEN_TTL)
                        .refreshTokenTimeToLive(Duration.ofHours(8)).reuseRefreshTokens(false).build());
        for (String host : List.of("localhost", "127.0.0.1")) {
            console.redirectUri("http://" + host + ":" + consolePort + "/login/oauth2/code/kam")
                    .postLogoutRedirectUri("http://" + host + ":" + consolePort + "/signed-out");
        }
        clients.add(console.build());
        clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLI_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(CLI_REDIRECT)
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(8)).build())
                .build());
        for (DemoPartner partner : DemoDirectory.PARTNERS) {
            clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(partner.clientId())
                    .clientSecret("{noop}" + partner.secret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build())
                    .build());
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** Adds the KAM claims to every access token. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> kamClaims() {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                    && !OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                DemoDirectory.partner(context.getRegisteredClient().getClientId()).ifPresent(partner -> context.getClaims()
                        .claim("partner_id", partner.clientId())
                        .claim("division", partner.division())
                        .claim("roles", List.of("PARTNER")));
                return;
            }
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                DemoDirectory.user(context.getPrincipal().getName()).ifPresent(user -> context.getClaims().claim("name", user.name()));
                return;
            }
            DemoDirectory.user(context.getPrincipal().getName()).ifPresent((DemoUser user) -> context.getClaims()
                    .claim("division", user.division())
                    .claim("roles", List.of(user.role()))
                    .claim("name", user.name()));
        };
    }
}
