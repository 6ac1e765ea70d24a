package com.kamsuite.local.demo;

import com.kamsuite.local.GatewayClient;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.kamsuite.embedded.demo.DemoValues;
import com.kamsuite.local.identity.DevTokens;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Loads the demo data through the public API, as the demo users, so it goes through the same validation, division
 * isolation and events as anything a person does. The steps are the files {@code demo/NN-*.json} (docs/demo-data.md).
 */
public final class DemoDataLoader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<Integer> DEFAULT_EXPECTED = Set.of(200, 201, 204);

    private final GatewayClient gateway;
    private final DevTokens tokens;
    private final Consumer<String> progress;
    private final Map<String, String> tokenCache = new HashMap<>();
    private final Map<String, String> saved = new HashMap<>();

    public DemoDataLoader(String gatewayUrl, DevTokens tokens, Consumer<String> progress) {
        this.gateway = new GatewayClient(gatewayUrl);
        this.tokens = tokens;
        this.progress = progress;
    }

    /** Runs every step of every demo file in order; returns how many requests were sent. Fails on the first refusal. */
    public int loadAll() {
        int count = 0;
        for (Resource file : demoFiles()) {
            JsonNode steps = read(file).path("steps");
            progress.accept("Loading demo data " + file.getFilename() + " (" + steps.size() + " steps)");
            for (JsonNode step : steps) {
                run(file.getFilename(), step);
                count++;
            }
        }
        return count;
    }

    private void run(String file, JsonNode step) {
        String method = step.path("method").asString("GET");
        String path = substitute(step.path("path").asString());
        String body = step.has("body") ? substitute(JSON.writeValueAsString(step.get("body"))) : null;
        Set<Integer> expected = step.has("expect")
                ? StreamSupport.stream(step.get("expect").spliterator(), false).map(JsonNode::asInt).collect(Collectors.toSet())
                : DEFAULT_EXPECTED;
        Duration retryFor = step.has("retryFor") ? Duration.parse(step.get("retryFor").asString()) : Duration.ZERO;
        String until = step.has("until") ? substitute(step.get("until").asString()) : null;
        String token = tokenCache.computeIfAbsent(step.path("as").asString(), tokens::token);

        long deadline = System.nanoTime() + retryFor.toNanos();
        HttpResponse<String> response = send(method, path, body, token);
        while (!done(response, expected, until) && System.nanoTime() < deadline) {
            pause();
            response = send(method, path, body, token);
        }
        if (!done(response, expected, until)) {
            throw new IllegalStateException("demo step '" + step.path("title").asString(method + " " + path) + "' of " + file
                    + " answered " + response.statusCode() + (until == null ? "" : " (waiting for " + until + ")") + ": "
                    + response.body());
        }
        if (step.has("save")) {
            for (Map.Entry<String, JsonNode> save : step.get("save").properties()) {
                saved.put(save.getKey(), extract(response.body(), save.getValue().asString(), file));
            }
        }
    }

    /** The status is one of the expected ones and, if the step waits for something, the response shows it. */
    private static boolean done(HttpResponse<String> response, Set<Integer> expected, String until) {
        if (!expected.contains(response.statusCode())) {
            return false;
        }
        if (until == null) {
            return true;
        }
        try {
            Object found = JsonPath.read(response.body(), until);
            return found != null && !(found instanceof List<?> list && list.isEmpty()) && !Boolean.FALSE.equals(found);
        } catch (PathNotFoundException e) {
            return false;
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String token) {
        return gateway.send(method, path, token, body, "Accept-Language", "zh-CN");
    }

    private String substitute(String text) {
        return DemoValues.substitute(text, saved, LocalDate.now());
    }

    private static String extract(String body, String path, String file) {
        try {
            return String.valueOf((Object) JsonPath.read(body, path));
        } catch (PathNotFoundException e) {
            throw new IllegalStateException("demo file " + file + ": no " + path + " in " + body, e);
        }
    }

    private static List<Resource> demoFiles() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/*.json");
            return Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
