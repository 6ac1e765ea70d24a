package com.kamsuite.kit.web.idempotency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;

/** Documents the {@code Idempotency-Key} header, and what it answers, on every POST operation of a service. */
public class IdempotencyOpenApi implements OperationCustomizer {

    static final String DESCRIPTION = "Optional; recommended for every retry. A unique key per request (e.g. a UUID), "
            + "at most 255 visible ASCII characters, kept at least 24 hours per client (partner id, else token subject). "
            + "The same key with the same request (method, path, query, content type, body) answers the first answer "
            + "again (status, headers, body; header `Idempotent-Replayed: true`) without executing; with another request: "
            + "422 idempotency-key-reused; while the first is still running: 409 idempotency-key-in-progress.";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), RequestMapping.class);
        if (mapping == null || !Arrays.asList(mapping.method()).contains(RequestMethod.POST)) {
            return operation;
        }
        boolean documented = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotencyKeyFilter.HEADER.equalsIgnoreCase(p.getName()) && "header".equals(p.getIn()));
        if (!documented) {
            operation.addParametersItem(new HeaderParameter().name(IdempotencyKeyFilter.HEADER).required(false)
                    .description(DESCRIPTION).example("5f0c2a4e-8d1b-4c57-9a43-6c1e0f7b2d91")
                    .schema(new StringSchema().minLength(1).maxLength(IdempotencyKeyFilter.MAX_KEY_LENGTH)));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        add(responses, "409", "idempotency-key-in-progress: the first request with this Idempotency-Key is still running; retry after Retry-After");
        add(responses, "422", "idempotency-key-reused: this Idempotency-Key was used for another request");
        operation.setResponses(responses);
        return operation;
    }

    private static void add(ApiResponses responses, String status, String text) {
        ApiResponse existing = responses.get(status);
        if (existing == null) {
            responses.addApiResponse(status, new ApiResponse().description(text).content(new Content()
                    .addMediaType("application/problem+json", new MediaType())));
        } else if (existing.getDescription() == null || !existing.getDescription().contains(text)) {
            existing.setDescription((existing.getDescription() == null ? "" : existing.getDescription() + "; ") + text);
        }
    }
}
