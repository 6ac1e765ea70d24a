package com.kamsuite.kit.messaging;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Holds each consumer binding of a service against the AsyncAPI document: the {@link EventHandlers} of a binding must
 * handle or ignore (with a reason) every message type of the channel its binding reads, never both and nothing else.
 * A type published on a topic later then fails the consumers' contract tests until each consumer decides about it.
 */
public final class ConsumerContracts {

    public static final String ASYNC_API = "kam/events/asyncapi.yaml";

    private final Map<String, Set<String>> typesByAddress;

    private ConsumerContracts(Map<String, Set<String>> typesByAddress) {
        this.typesByAddress = typesByAddress;
    }

    /** The contracts of the suite's AsyncAPI document (event-contracts). */
    public static ConsumerContracts fromAsyncApi() {
        try (InputStream in = ConsumerContracts.class.getClassLoader().getResourceAsStream(ASYNC_API)) {
            if (in == null) {
                throw new IllegalStateException(ASYNC_API + " is not on the class path");
            }
            return fromAsyncApi(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ConsumerContracts fromAsyncApi(JsonNode document) {
        JsonNode messages = document.path("components").path("messages");
        Map<String, Set<String>> typesByAddress = new HashMap<>();
        document.path("channels").forEach(channel -> {
            Set<String> types = new TreeSet<>();
            channel.path("messages").forEach(message -> {
                String ref = message.path("$ref").asString();
                String key = ref.substring(ref.lastIndexOf('/') + 1);
                types.add(messages.path(key).path("name").asString());
            });
            typesByAddress.put(channel.path("address").asString(), types);
        });
        return new ConsumerContracts(Map.copyOf(typesByAddress));
    }

    /**
     * Every breach of the contract by the consumer functions of a context ({@code spring.cloud.function.definition}):
     * a function that is not an {@link EventHandlers}, a binding without a destination or on a channel the document
     * does not know, a type of the channel neither handled nor ignored, a type both handled and ignored, or a type
     * handled or ignored that is not on the channel. Empty when every consumer keeps its contract.
     */
    public List<String> violations(ApplicationContext context) {
        Environment environment = context.getEnvironment();
        String definition = environment.getProperty("spring.cloud.function.definition", "");
        List<String> violations = new ArrayList<>();
        Arrays.stream(definition.split("[;|,]")).map(String::strip).filter(name -> !name.isEmpty()).forEach(function -> {
            Object bean = context.containsBean(function) ? context.getBean(function) : null;
            if (!(bean instanceof EventHandlers handlers)) {
                violations.add(function + " is not an EventHandlers bean, so its handled types cannot be checked");
                return;
            }
            String binding = function + "-in-0";
            String destination = environment.getProperty("spring.cloud.stream.bindings." + binding + ".destination");
            if (destination == null) {
                violations.add(binding + " has no destination");
                return;
            }
            violations.addAll(violations(binding, destination, handlers));
        });
        return violations;
    }

    List<String> violations(String binding, String destination, EventHandlers handlers) {
        Set<String> onChannel = typesByAddress.get(destination);
        if (onChannel == null) {
            return List.of(binding + " reads " + destination + ", which is no channel of " + ASYNC_API);
        }
        List<String> violations = new ArrayList<>();
        Set<String> ignored = handlers.ignoredTypes().keySet();
        for (String type : onChannel) {
            if (!handlers.handledTypes().contains(type) && !ignored.contains(type)) {
                violations.add(binding + " neither handles nor ignores " + type + " of " + destination);
            }
        }
        for (String type : new TreeSet<>(handlers.handledTypes())) {
            if (ignored.contains(type)) {
                violations.add(binding + " both handles and ignores " + type);
            }
        }
        Set<String> declared = new TreeSet<>(handlers.handledTypes());
        declared.addAll(ignored);
        for (String type : declared) {
            if (!onChannel.contains(type)) {
                violations.add(binding + " declares " + type + ", which " + destination + " does not carry");
            }
        }
        return violations;
    }
}
