package com.kamsuite.console.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The identity provider as far as the console talks to it itself: the OpenID discovery document (read on the first
 * use of the registration) and the token endpoint (refresh grants). One per test JVM on a free port, so that the
 * cached Spring context of all console tests shares it. A refresh token {@value #REVOKED} is refused as the real
 * provider refuses a revoked one.
 */
public final class FakeIdentityProvider {

    public static final String REVOKED = "revoked-refresh-token";

    private static final FakeIdentityProvider INSTANCE = new FakeIdentityProvider();

    private final HttpServer server;
    private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<String> tokenAuthorizations = new CopyOnWriteArrayList<>();

    private FakeIdentityProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/oauth2/token", this::token);
        server.start();
    }

    public static FakeIdentityProvider instance() {
        return INSTANCE;
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The form parameters of every call to the token endpoint since the last {@link #reset()}. */
    public List<Map<String, String>> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    /** The Authorization header of every call to the token endpoint (the console authenticates as a client). */
    public List<String> tokenAuthorizations() {
        return List.copyOf(tokenAuthorizations);
    }

    public void reset() {
        tokenRequests.clear();
        tokenAuthorizations.clear();
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String issuer = issuer();
        respond(exchange, 200, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/oauth2/authorize","token_endpoint":"%1$s/oauth2/token",
                 "jwks_uri":"%1$s/oauth2/jwks","end_session_endpoint":"%1$s/connect/logout",
                 "userinfo_endpoint":"%1$s/userinfo","response_types_supported":["code"],
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],
                 "grant_types_supported":["authorization_code","refresh_token"],
                 "code_challenge_methods_supported":["S256"],"scopes_supported":["openid","profile"]}
                """.formatted(issuer));
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = Arrays.stream(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&"))
                .filter(pair -> pair.contains("="))
                .collect(Collectors.toMap(pair -> decode(pair.substring(0, pair.indexOf('='))),
                        pair -> decode(pair.substring(pair.indexOf('=') + 1)), (a, b) -> a));
        tokenRequests.add(form);
        tokenAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        if (!"refresh_token".equals(form.get("grant_type")) || REVOKED.equals(form.get("refresh_token"))) {
            respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        respond(exchange, 200, """
                {"access_token":"refreshed-from-%s","token_type":"Bearer","expires_in":300,"refresh_token":"next-%1$s","scope":"openid profile"}
                """.formatted(form.get("refresh_token")));
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
