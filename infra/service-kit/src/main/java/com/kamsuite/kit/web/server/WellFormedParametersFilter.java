package com.kamsuite.kit.web.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Reads the request parameters before anything else does. Tomcat refuses parameters it cannot decode (invalid UTF-8
 * such as {@code ?period=%ff}, too many parameters) only when they are first read, by throwing from
 * {@code getParameter}: wherever that happened (a controller argument, a security filter) it was a 500. Here it is a
 * 400 Problem Details {@code invalid-encoding}, before security and dispatch.
 */
public class WellFormedParametersFilter extends OncePerRequestFilter implements Ordered {

    /** Right after the character encoding filter, which must set the body's encoding first. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final ProblemWriter problems;

    public WellFormedParametersFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (InvalidParameterException e) {
            HttpStatus status = HttpStatus.resolve(e.getErrorCode());
            boolean tooMany = status == HttpStatus.PAYLOAD_TOO_LARGE;
            status = tooMany ? status : HttpStatus.BAD_REQUEST;
            response.setStatus(status.value());
            response.setContentType(ProblemWriter.CONTENT_TYPE);
            problems.write(response.getOutputStream(), status, tooMany ? "too-many-parameters" : "invalid-encoding",
                    request.getLocale(), request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
