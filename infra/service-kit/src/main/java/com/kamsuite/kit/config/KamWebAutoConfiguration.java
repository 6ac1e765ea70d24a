package com.kamsuite.kit.config;

import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.kit.security.CurrentUserArgumentResolver;
import com.kamsuite.kit.security.ProblemDetailsSecurityHandler;
import com.kamsuite.kit.web.ProblemDetailsAdvice;
import com.kamsuite.kit.web.StorableDates;
import tools.jackson.databind.module.SimpleModule;
import com.kamsuite.kit.web.ProblemMessages;
import com.kamsuite.runtime.KamClaims;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Every service validates the access token itself (it never trusts a header the gateway could have forwarded),
 * takes the division from it, and answers errors as localised Problem Details.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@EnableMethodSecurity
public class KamWebAutoConfiguration {

    static {
        // CurrentUser is resolved from the validated token (CurrentUserArgumentResolver), never sent by the client:
        // without this, every operation of the API documents a required query parameter "user" (an object with
        // personId, divisionId, roles…), which Swagger UI asks for and generated clients would send.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    private static final String[] PUBLIC_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"};

    /** Every service's API document: served through the gateway ("/"), secured by the bearer token. */
    @Bean
    OpenAPI kamOpenApi(@Value("${spring.application.name}") String applicationName) {
        return new OpenAPI()
                .info(new Info().title("KAM Suite — " + applicationName).version("v1")
                        .description("Errors are RFC 9457 Problem Details (application/problem+json), localised by Accept-Language (zh-CN, en)."))
                .servers(List.of(new Server().url("/").description("through the gateway")))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token: ./kam token LOGIN")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Registered by Boot with the application's JSON mapper: request dates outside 0001–9999 are refused when read. */
    @Bean
    SimpleModule kamStorableDates() {
        return StorableDates.module();
    }

    @Bean
    ProblemMessages problemMessages(MessageSource messageSource) {
        return new ProblemMessages(messageSource);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(MessageSource messageSource) {
        return new ProblemDetailsAdvice(messageSource);
    }

    @Bean
    ProblemDetailsSecurityHandler problemDetailsSecurityHandler(ProblemMessages messages, JsonMapper json) {
        return new ProblemDetailsSecurityHandler(messages, json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain kamSecurityFilterChain(HttpSecurity http, ProblemDetailsSecurityHandler problems) {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(KamClaims.authenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    @Bean
    WebMvcConfigurer currentUserResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }
}
