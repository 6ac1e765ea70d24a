package com.kamsuite.kit.testapp;

import com.kamsuite.events.EventCatalog;
import com.kamsuite.events.customer.CustomerRegistered;
import com.kamsuite.kit.messaging.EventHandlers;
import com.kamsuite.kit.messaging.Projections;
import com.kamsuite.kit.messaging.ReceivedEvent;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A consumer as services write them, with test controls: a customer named {@code FAIL-TWICE…} fails twice before it
 * is applied, one named {@code FAIL-ALWAYS…} always fails. It counts how often each record was delivered.
 */
@Component
public class CustomerReplica {

    public static final String COLLECTION = "customer_replica";

    private final Projections projections;
    private final EventHandlers handlers;
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, String> traceIdsByAggregate = new ConcurrentHashMap<>();
    private final Tracer tracer;

    public CustomerReplica(Projections projections, Tracer tracer) {
        this.projections = projections;
        this.tracer = tracer;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.CUSTOMER_REGISTERED, this::registered)
                .build();
    }

    /** The binding {@code customerEvents-in-0}, on the customer topic. */
    @Bean
    Consumer<Message<byte[]>> customerEvents() {
        return message -> {
            String position = message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION) + "@" + message.getHeaders().get(KafkaHeaders.OFFSET);
            deliveries.computeIfAbsent(position, k -> new AtomicInteger()).incrementAndGet();
            handlers.dispatch(message);
        };
    }

    public EventHandlers handlers() {
        return handlers;
    }

    public int deliveriesOf(int partition, long offset) {
        AtomicInteger count = deliveries.get(partition + "@" + offset);
        return count == null ? 0 : count.get();
    }

    /** The trace the handler of an aggregate's registration ran in. */
    public String traceIdOf(String aggregateId) {
        return traceIdsByAggregate.get(aggregateId);
    }

    private void registered(ReceivedEvent<CustomerRegistered> event) {
        Span span = tracer.currentSpan();
        if (span != null) {
            traceIdsByAggregate.put(event.aggregateId(), span.context().traceId());
        }
        String name = event.data().legalName();
        if (name.startsWith("FAIL-ALWAYS")) {
            throw new IllegalStateException("simulated lasting failure");
        }
        if (name.startsWith("FAIL-TWICE") && failures.computeIfAbsent(event.id(), k -> new AtomicInteger()).incrementAndGet() <= 2) {
            throw new IllegalStateException("simulated passing failure");
        }
        projections.applyInOrder(COLLECTION, event.aggregateId(), event,
                new Update().set("legalName", name).inc("timesApplied", 1));
    }
}
