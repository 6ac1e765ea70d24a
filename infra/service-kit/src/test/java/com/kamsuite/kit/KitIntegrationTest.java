package com.kamsuite.kit;

import com.kamsuite.embedded.test.KamIntegrationTest;
import com.kamsuite.kit.testapp.KitTestApplication;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** One application context for every integration test of the kit, on the embedded infrastructure. */
@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=kit-test",
        "spring.cloud.stream.default.consumer.back-off-initial-interval=100",
        "spring.cloud.function.definition=customerEvents"})
@AutoConfigureMockMvc
@AutoConfigureTracing
@KamIntegrationTest
public abstract class KitIntegrationTest {
}
