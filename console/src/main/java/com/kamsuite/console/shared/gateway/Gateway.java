package com.kamsuite.console.shared.gateway;

import com.kamsuite.console.shared.ConsoleProperties;
import com.kamsuite.console.shared.security.IssuerClientRegistrations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriBuilder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The console's one way to the services: the gateway, like any other client, with the signed-in person's access
 * token (refreshed before it expires) and their language. A refusal becomes a {@link GatewayProblemException}
 * carrying the service's Problem Details.
 */
@Component
public class Gateway {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final RestClient rest;
    private final JsonMapper json;

    public Gateway(RestClient.Builder builder, ConsoleProperties properties, OAuth2AuthorizedClientManager clients, JsonMapper json) {
        this.json = json;
        this.rest = builder.clone()
                .baseUrl(properties.gatewayUrl().toString())
                .requestInterceptor(asTheUser(clients))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw new GatewayProblemException(problemOf(response.getStatusCode().value(), response.getBody().readAllBytes()));
                })
                .build();
    }

    public <T> T get(Function<UriBuilder, URI> uri, Class<T> type) {
        return rest.get().uri(uri).accept(MediaType.APPLICATION_JSON).retrieve().body(type);
    }

    public <T> T get(Function<UriBuilder, URI> uri, ParameterizedTypeReference<T> type) {
        return rest.get().uri(uri).accept(MediaType.APPLICATION_JSON).retrieve().body(type);
    }

    public <T> T get(String uri, Class<T> type, Object... variables) {
        return rest.get().uri(uri, variables).accept(MediaType.APPLICATION_JSON).retrieve().body(type);
    }

    public <T> T post(String uri, Object body, Class<T> type, Object... variables) {
        return rest.post().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).body(body == null ? Map.of() : body)
                .retrieve().body(type);
    }

    public <T> T put(String uri, Object body, Class<T> type, Object... variables) {
        return rest.put().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(type);
    }

    public void delete(String uri, Object... variables) {
        rest.delete().uri(uri, variables).retrieve().toBodilessEntity();
    }

    private static ClientHttpRequestInterceptor asTheUser(OAuth2AuthorizedClientManager clients) {
        return (request, body, execution) -> {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
            OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(IssuerClientRegistrations.REGISTRATION_ID)
                    .principal(user)
                    .attribute(HttpServletRequest.class.getName(), current.getRequest())
                    .attribute(HttpServletResponse.class.getName(), current.getResponse())
                    .build());
            if (client == null) {
                throw new ClientAuthorizationRequiredException(IssuerClientRegistrations.REGISTRATION_ID);
            }
            request.getHeaders().setBearerAuth(client.getAccessToken().getTokenValue());
            request.getHeaders().set(HttpHeaders.ACCEPT_LANGUAGE, LocaleContextHolder.getLocale().toLanguageTag());
            return execution.execute(request, body);
        };
    }

    Problem problemOf(int status, byte[] body) throws IOException {
        Map<String, Object> fields;
        try {
            fields = body.length == 0 ? Map.of() : json.readValue(body, JSON_OBJECT);
        } catch (RuntimeException notJson) {
            fields = Map.of();
        }
        Map<String, Object> properties = new HashMap<>(fields);
        List.of("status", "type", "code", "title", "detail", "errors", "instance").forEach(properties::remove);
        List<Problem.FieldError> errors = fields.get("errors") instanceof List<?> list ? list.stream()
                .filter(Map.class::isInstance).map(Map.class::cast)
                .map(error -> new Problem.FieldError(text(error.get("field")), text(error.get("message")))).toList() : List.of();
        return new Problem(status, text(fields.get("type")), text(fields.get("code")), text(fields.get("title")),
                text(fields.get("detail")), errors, properties);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
