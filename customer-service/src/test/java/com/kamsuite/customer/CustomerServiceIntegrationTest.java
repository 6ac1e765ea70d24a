package com.kamsuite.customer;

import com.kamsuite.embedded.test.KamIntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * One application context for the integration tests of customer-service, on the embedded infrastructure.
 * Extend it, so every test class shares the context (and its Kafka consumers).
 */
@SpringBootTest
@AutoConfigureMockMvc
@KamIntegrationTest
public abstract class CustomerServiceIntegrationTest {
}
