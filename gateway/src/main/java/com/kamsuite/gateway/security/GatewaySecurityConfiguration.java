package com.kamsuite.gateway.security;

import com.kamsuite.gateway.problems.GatewayProblems;
import com.kamsuite.runtime.KamClaims;
import com.kamsuite.runtime.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.AuthorizationContext;

/**
 * Who may pass the door. People (tokens with a division and a staff role) reach {@code /api/**}; channel partners
 * (role PARTNER with a partner id) reach only {@code /partner/v1/**}. A token that names no division passes nowhere.
 * The services validate the token again and scope every query by its division.
 */
@Configuration(proxyBeanMethods = false)
public class GatewaySecurityConfiguration {

    private static final String[] STAFF_ROLES = {Roles.ACCOUNT_MANAGER, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
            Roles.DIVISION_HEAD, Roles.SALES_OPERATIONS, Roles.FINANCE, Roles.HR};

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, GatewayProblems problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/fallback/**").permitAll()
                        .pathMatchers("/partner/v1/**").access(partnerWithDivision())
                        .pathMatchers("/api/**").access(staffWithDivision())
                        .anyExchange().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(KamClaims.authenticationConverter())))
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated"))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((exchange, e) -> problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated"))
                        .accessDeniedHandler((exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden")))
                .build();
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> staffWithDivision() {
        return (authentication, context) -> authentication.map(auth -> auth instanceof JwtAuthenticationToken token
                        && hasDivision(token) && token.getToken().getClaimAsString(KamClaims.PARTNER_ID) == null
                        && hasAnyRole(token, STAFF_ROLES))
                .defaultIfEmpty(false)
                .map(AuthorizationDecision::new);
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> partnerWithDivision() {
        return (authentication, context) -> authentication.map(auth -> auth instanceof JwtAuthenticationToken token
                        && hasDivision(token) && token.getToken().getClaimAsString(KamClaims.PARTNER_ID) != null
                        && hasAnyRole(token, Roles.PARTNER))
                .defaultIfEmpty(false)
                .map(AuthorizationDecision::new);
    }

    private static boolean hasDivision(JwtAuthenticationToken token) {
        String division = token.getToken().getClaimAsString(KamClaims.DIVISION);
        return division != null && !division.isBlank();
    }

    private static boolean hasAnyRole(JwtAuthenticationToken token, String... roles) {
        return token.getAuthorities().stream().anyMatch(authority -> {
            for (String role : roles) {
                if (authority.getAuthority().equals("ROLE_" + role)) {
                    return true;
                }
            }
            return false;
        });
    }
}
