package com.kamsuite.customer;

import com.kamsuite.embedded.test.KamIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * One application context for the integration tests of customer-service, on the embedded infrastructure.
 * Extend it, so every test class shares the context (and its Kafka consumers). Its clock is a {@link TestClock}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@KamIntegrationTest
@Import(CustomerServiceIntegrationTest.Clocks.class)
public abstract class CustomerServiceIntegrationTest {

    @Autowired
    protected TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }
}
