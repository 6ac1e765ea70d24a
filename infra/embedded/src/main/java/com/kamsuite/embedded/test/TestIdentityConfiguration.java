package com.kamsuite.embedded.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Makes the service under test accept the tokens {@link TestTokens} signs, as it accepts the real issuer's. */
@TestConfiguration(proxyBeanMethods = false)
public class TestIdentityConfiguration {

    @Bean
    JwtDecoder jwtDecoder() {
        return TestTokens.decoder();
    }
}
