package com.kamsuite.kit.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.ExtendedConsumerProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The error policy and the client id of every consumer binding (Spring Cloud Stream's Kafka binder), in the listener
 * container the binder builds for it:
 * <ul>
 *   <li>retries as the binding's retry settings say ({@code max-attempts}, {@code back-off-*},
 *   {@code retryable-exceptions}; the kit's defaults: 3 retries from 200 ms, doubling, at most 5 s), then
 *   {@link DeadLetters}; a malformed record, an unknown type, a wrong division or a record that cannot be read is never
 *   retried. Either way the partition moves on;</li>
 *   <li>client id {@code <service>-<binding>}, so each consumer's metrics (lag among them) are exported on their own.</li>
 * </ul>
 * Retries and the dead-letter topic are the container's ({@link #retryAndDlqInBinding} is false) rather than the
 * binder's: the binder's dead-letter records would name the messaging wrapper of the failure, not the failure.
 */
public final class ConsumerBindings implements ListenerContainerWithDlqAndRetryCustomizer, DisposableBean {

    static final List<Class<? extends Exception>> NEVER_RETRIED = List.of(MalformedEventException.class,
            UnknownEventTypeException.class, WrongDivisionException.class, DeserializationException.class,
            MessageConversionException.class);

    private final String service;
    private final KafkaTemplate<?, ?> deadLetterTemplate;
    private final Supplier<MeterRegistry> meters;

    /**
     * Dead letters are sent with the service's producer settings ({@code acks=all}, idempotence), as bytes: the
     * record's key and value exactly as they were read.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ConsumerBindings(String service, ProducerFactory<?, ?> producerFactory, Supplier<MeterRegistry> meters) {
        this.service = service;
        this.deadLetterTemplate = new KafkaTemplate((ProducerFactory) producerFactory, Map.<String, Object>of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.CLIENT_ID_CONFIG, service + "-dead-letters"));
        this.meters = meters;
    }

    @Override
    public void destroy() {
        deadLetterTemplate.destroy();
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        configure(container, group, backOff, null);
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff,
                          ExtendedConsumerProperties<KafkaConsumerProperties> binding) {
        configure(container, group, backOff, binding);
    }

    private void configure(AbstractMessageListenerContainer<?, ?> container, String group, BackOff backOff,
                           ExtendedConsumerProperties<KafkaConsumerProperties> binding) {
        if (binding != null) {
            container.getContainerProperties().setClientId(service + "-" + binding.getBindingName());
            if (container instanceof ConcurrentMessageListenerContainer<?, ?> concurrent) {
                concurrent.setAlwaysClientIdSuffix(false);
            }
        }
        var handler = new DefaultErrorHandler(new DeadLetters(deadLetterTemplate, group, meters.get()),
                backOff == null ? new FixedBackOff(0, 0) : backOff);
        if (binding != null) {
            binding.getRetryableExceptions().forEach((type, retryable) -> {
                if (Exception.class.isAssignableFrom(type)) {
                    if (retryable) {
                        handler.addRetryableExceptions(type.asSubclass(Exception.class));
                    } else {
                        handler.addNotRetryableExceptions(type.asSubclass(Exception.class));
                    }
                }
            });
        }
        NEVER_RETRIED.forEach(handler::addNotRetryableExceptions);
        container.setCommonErrorHandler(handler);
    }
}
