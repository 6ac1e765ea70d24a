package com.kamsuite.forecast.messaging;

import com.kamsuite.forecast.ForecastServiceIntegrationTest;
import com.kamsuite.kit.messaging.ConsumerContracts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Every consumer binding handles or ignores each type of its channel in the AsyncAPI document (shared context). */
class ConsumerContractIntegrationTest extends ForecastServiceIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyConsumerHandlesOrIgnoresEachTypeOfItsChannel() {
        assertThat(ConsumerContracts.fromAsyncApi().violations(context)).isEmpty();
    }
}
