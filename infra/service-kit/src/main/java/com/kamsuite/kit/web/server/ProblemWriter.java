package com.kamsuite.kit.web.server;

import com.kamsuite.kit.web.ProblemMessages;
import com.kamsuite.kit.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Locale;

/**
 * Writes a localised Problem Details where Spring MVC cannot: in a filter before the dispatcher, or in the servlet
 * container itself (a request line or headers that never reached a servlet).
 */
public class ProblemWriter {

    public static final String CONTENT_TYPE = MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8";

    private final ProblemMessages messages;
    private final JsonMapper json;

    public ProblemWriter(ProblemMessages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public byte[] body(HttpStatus status, String code, Locale locale, String path) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(Problems.type(code));
        problem.setTitle(messages.title(code, status, locale));
        problem.setDetail(messages.detail(code, new Object[0], null, locale));
        if (path != null) {
            try {
                problem.setInstance(new URI(null, null, path, null));
            } catch (java.net.URISyntaxException e) {
                // The path is what made the request unreadable: leave it out.
            }
        }
        problem.setProperty("code", code);
        return json.writeValueAsBytes(problem);
    }

    public void write(OutputStream out, HttpStatus status, String code, Locale locale, String path) throws IOException {
        out.write(body(status, code, locale, path));
    }
}
