package com.kamsuite.local.identity;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Obtains access tokens from the development authorisation server over HTTP, the standard way: a person signs in
 * through the authorization-code flow with PKCE (this class fills the login form as a browser would), a channel
 * partner uses client credentials.
 */
public final class DevTokens {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String issuer;

    public DevTokens(String issuer) {
        this.issuer = issuer;
    }

    /** An access token for a demo login or a partner client id. */
    public String token(String loginOrClient) {
        var partner = DemoDirectory.partner(loginOrClient);
        if (partner.isPresent()) {
            return partnerToken(loginOrClient, partner.get().secret());
        }
        if (DemoDirectory.user(loginOrClient).isEmpty()) {
            throw new IllegalArgumentException("no demo user or partner client named '" + loginOrClient + "' (./kam users lists them)");
        }
        return userToken(loginOrClient, DemoDirectory.PASSWORD);
    }

    public String userToken(String login, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = randomUrlSafe(32);
        String authorize = issuer + "/oauth2/authorize?" + form(Map.of(
                "response_type", "code",
                "client_id", DevAuthorizationServer.CLI_CLIENT,
                "redirect_uri", DevAuthorizationServer.CLI_REDIRECT,
                "scope", "openid",
                "state", randomUrlSafe(12),
                "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"));
        send(browser, HttpRequest.newBuilder(URI.create(authorize)).GET().build());
        String loginPage = send(browser, HttpRequest.newBuilder(URI.create(issuer + "/login")).GET().build()).body();
        Matcher csrf = CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("the login page of " + issuer + " has no CSRF token");
        }
        HttpResponse<String> signedIn = send(browser, HttpRequest.newBuilder(URI.create(issuer + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", login, "password", password,
                        "_csrf", csrf.group(1) != null ? csrf.group(1) : csrf.group(2)))))
                .build());
        String next = signedIn.headers().firstValue("Location").orElse("");
        if (next.contains("error")) {
            throw new IllegalArgumentException("sign-in of " + login + " was refused");
        }
        HttpResponse<String> redirected = send(browser, HttpRequest.newBuilder(URI.create(absolute(next))).GET().build());
        String callback = redirected.headers().firstValue("Location").orElse("");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback);
        if (!code.find()) {
            throw new IllegalStateException("no authorization code for " + login + " (status " + redirected.statusCode() + ")");
        }
        return accessToken(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "grant_type", "authorization_code",
                        "code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8),
                        "redirect_uri", DevAuthorizationServer.CLI_REDIRECT,
                        "client_id", DevAuthorizationServer.CLI_CLIENT,
                        "code_verifier", verifier))))
                .build());
    }

    public String partnerToken(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return accessToken(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());
    }

    private String accessToken(HttpRequest request) {
        HttpResponse<String> response = send(HttpClient.newHttpClient(), request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        return body.path("access_token").asString();
    }

    private String absolute(String location) {
        return location.startsWith("http") ? location : issuer + location;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
