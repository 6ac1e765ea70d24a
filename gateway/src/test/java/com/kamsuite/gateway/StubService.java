package com.kamsuite.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a service behind the gateway: it answers with what it received, can be made slow, and counts its
 * calls. It is a real HTTP server, so the gateway's real client, timeouts and retries are exercised.
 */
final class StubService implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile long delayMillis;
    private volatile int status = 200;

    StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    int calls() {
        return calls.get();
    }

    void reset() {
        calls.set(0);
        delayMillis = 0;
        status = 200;
    }

    void slowDown(long millis) {
        delayMillis = millis;
    }

    void failWith(int status) {
        this.status = status;
    }

    private void answer(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] body = ("{\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\"" + exchange.getRequestURI().getPath()
                + "\",\"authorized\":" + (authorization != null) + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
