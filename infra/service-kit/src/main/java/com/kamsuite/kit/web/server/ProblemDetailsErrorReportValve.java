package com.kamsuite.kit.web.server;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The servlet container's own error answers (a malformed path such as {@code /api/%zz}, an encoded NUL, headers larger
 * than the limit: refused before any servlet runs) as the suite's Problem Details instead of Tomcat's HTML page.
 * Answers that Spring already wrote are left as they are.
 */
public class ProblemDetailsErrorReportValve extends ErrorReportValve {

    private final ProblemWriter problems;

    public ProblemDetailsErrorReportValve(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int statusCode = response.getStatus();
        if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(statusCode);
        if (status == null) {
            status = statusCode < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String body = new String(problems.body(status, codeOf(status), localeOf(request), null), StandardCharsets.UTF_8);
        try {
            response.setContentType(ProblemWriter.CONTENT_TYPE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body any more: nothing left to tell it.
        }
    }

    private static Locale localeOf(Request request) {
        try {
            return request.getLocale();
        } catch (RuntimeException e) {
            return Locale.ENGLISH;
        }
    }

    static String codeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "unreadable-request";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case PAYLOAD_TOO_LARGE -> "payload-too-large";
            case URI_TOO_LONG -> "uri-too-long";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "headers-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_ACCEPTABLE -> "not-acceptable";
            default -> status.is5xxServerError() ? "internal" : "unreadable-request";
        };
    }
}
