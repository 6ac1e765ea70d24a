package com.kamsuite.kit.web;

import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.domain.DomainException;
import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that turns failures into RFC 9457 Problem Details: a stable {@code type} per kind of problem, a
 * localised {@code title} and {@code detail} (zh-CN or en, by {@code Accept-Language}), field errors for invalid
 * input. A client's mistake is never a 500; a 500 says nothing about the internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private static final Duration STORE_RETRY_AFTER = Duration.ofSeconds(5);

    private final ProblemMessages messages;

    public ProblemDetailsAdvice(MessageSource messageSource) {
        this.messages = new ProblemMessages(messageSource);
        setMessageSource(messageSource);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domainRefusal(DomainException e) {
        HttpStatus status = statusOf(e);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(Problems.type(e.code()));
        problem.setTitle(messages.title(e.code(), status));
        problem.setDetail(messages.detail(e.code(), e.arguments(), e.getMessage()));
        problem.setProperty("code", e.code());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicateKey(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, Problems.CONFLICT, "conflict", new Object[0]);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> optimisticLock(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, Problems.type("concurrent-update"), "concurrent-update", new Object[0]);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Object> accessDenied(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "forbidden", new Object[0]);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        ResponseEntity<Object> response = problem(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "validation", new Object[0]);
        List<Map<String, Object>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.<String, Object>of("field", leaf(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        ((ProblemDetail) response.getBody()).setProperty("errors", errors);
        return response;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> illegalArgument(IllegalArgumentException e) {
        // Value objects validate in their constructors; what they refuse is the client's input.
        ResponseEntity<Object> response = problem(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "validation", new Object[0]);
        ((ProblemDetail) response.getBody()).setDetail(e.getMessage());
        return response;
    }

    /**
     * The service's store is not answering (MongoDB down, unreachable or timing out): nothing was written, the
     * client may try again later. The broker is never on a request's path: events wait in the outbox.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, MongoTimeoutException.class, MongoSocketException.class})
    ResponseEntity<Object> storeUnavailable(RuntimeException e) {
        log.warn("The store is not answering: {}", e.getMessage());
        ResponseEntity<Object> answer = problem(HttpStatus.SERVICE_UNAVAILABLE, Problems.type("store-unavailable"),
                "store-unavailable", new Object[0]);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(STORE_RETRY_AFTER.toSeconds())).body(answer.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL, "internal", new Object[0]);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = problem(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "validation", new Object[0]);
        ((ProblemDetail) response.getBody()).setProperty("errors", fieldErrors(e.getBindingResult().getAllErrors()));
        return response;
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        ResponseEntity<Object> response = problem(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "validation", new Object[0]);
        List<Map<String, Object>> errors = new ArrayList<>();
        // A body validated alongside a constrained path variable or parameter comes as ParameterErrors: name its fields
        // (includePartnerIds, note…), not the Java parameter ("request") they belong to.
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
                Map.of("field", error instanceof FieldError fieldError ? fieldError.getField()
                                : result.getMethodParameter().getParameterName() == null ? "" : result.getMethodParameter().getParameterName(),
                        "message", messages.resolve(error)))));
        ((ProblemDetail) response.getBody()).setProperty("errors", errors);
        return response;
    }

    /** A body with a date outside the years a store can keep (see {@link StorableDates}) names the date; other unreadable bodies are malformed. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StorableDates.OutOfRangeException outOfRange) {
                return problem(HttpStatus.BAD_REQUEST, Problems.type("date-out-of-range"), "date-out-of-range",
                        new Object[]{String.valueOf(outOfRange.getValue())});
            }
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    /** A required query parameter that is missing is invalid input naming it, not an unreadable request. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        ResponseEntity<Object> response = problem(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "validation", new Object[0]);
        ((ProblemDetail) response.getBody()).setProperty("errors", List.of(Map.<String, Object>of("field", e.getParameterName(),
                "message", messages.detail("missing-parameter", new Object[0], "is required"))));
        return response;
    }

    /** Every other Spring MVC exception keeps its status, with our type, title and localised detail. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || !problem.getType().toString().startsWith(Problems.BASE))) {
            String code = codeOf(statusCode);
            problem.setType(Problems.type(code));
            problem.setTitle(messages.title(code, HttpStatus.valueOf(statusCode.value())));
            problem.setProperty("code", code);
            if (statusCode.value() == 400) {
                problem.setDetail(messages.detail("malformed-request", new Object[0], problem.getDetail()));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> problem(HttpStatus status, URI type, String code, Object[] arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type);
        problem.setTitle(messages.title(code, status));
        problem.setDetail(messages.detail(code, arguments, null));
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }

    private List<Map<String, Object>> fieldErrors(List<ObjectError> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        return errors.stream().map(error -> {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
            return Map.<String, Object>of("field", field, "message", messages.resolve(error, locale));
        }).toList();
    }

    private static String leaf(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static HttpStatus statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof ForbiddenException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof RuleViolationException) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        return HttpStatus.BAD_REQUEST;
    }

    private static String codeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "malformed-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> status.is5xxServerError() ? "internal" : "malformed-request";
        };
    }
}
