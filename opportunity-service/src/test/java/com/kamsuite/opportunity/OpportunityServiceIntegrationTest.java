package com.kamsuite.opportunity;

import com.kamsuite.embedded.test.KamIntegrationTest;
import com.kamsuite.events.EventJson;
import com.kamsuite.events.EventType;
import com.kamsuite.kit.outbox.OutboxEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.util.UUID;

/** One application context for the integration tests of opportunity-service, on the embedded infrastructure. */
@SpringBootTest
@AutoConfigureMockMvc
@KamIntegrationTest
public abstract class OpportunityServiceIntegrationTest {

    @Autowired
    protected KafkaTemplate<String, byte[]> kafka;

    /** Publishes an event as its owning service would (CloudEvents binary mode, keyed by the aggregate id). */
    protected void publish(EventType<?> type, String aggregateId, String divisionId, long sequence, Object data) throws Exception {
        OutboxEntry entry = new OutboxEntry(UUID.randomUUID().toString(), type.name(), type.topic(), aggregateId, divisionId,
                sequence, Instant.now(), "/kam/test", new String(EventJson.write(data), java.nio.charset.StandardCharsets.UTF_8));
        kafka.send(entry.toRecord()).get();
    }
}
