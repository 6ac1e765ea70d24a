package com.kamsuite.console.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/** Where the console finds the gateway and the identity provider, and how it is registered there. */
@Validated
@ConfigurationProperties("kam.console")
public record ConsoleProperties(@NotNull URI gatewayUrl, @NotNull Oidc oidc) {

    public record Oidc(@NotBlank String issuerUri, @NotBlank String clientId, @NotBlank String clientSecret,
                       @NotNull Duration refreshBeforeExpiry) {
    }
}
