package com.kamsuite.kit.web.idempotency;

import com.kamsuite.kit.web.ProblemMessages;
import com.kamsuite.kit.web.Problems;
import com.kamsuite.kit.web.idempotency.IdempotencyStore.Claim;
import com.kamsuite.kit.web.idempotency.IdempotencyStore.Claimed;
import com.kamsuite.kit.web.idempotency.IdempotencyStore.Mismatch;
import com.kamsuite.kit.web.idempotency.IdempotencyStore.Replay;
import com.kamsuite.kit.web.idempotency.IdempotencyStore.Scope;
import com.kamsuite.kit.web.idempotency.IdempotencyStore.StoredResponse;
import com.kamsuite.runtime.KamClaims;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on every POST (draft-ietf-httpapi-idempotency-key-header), for people and partners alike.
 * The first request of a key executes and its answer (status, headers, body) is kept; a retry with the same key and
 * the same request (method, target, content type and body) gets that answer again without executing, marked
 * {@code Idempotent-Replayed: true}; the same key with another request is 422 {@code idempotency-key-reused}; a retry
 * while the first is still executing is 409 {@code idempotency-key-in-progress} (with {@code Retry-After}). Keys are
 * per client (the partner id of a partner's token, else the token's subject) and division.
 * <p>
 * What is kept: every answer below 500 except 409 and 429, which say "not now" rather than "no" (someone else's
 * concurrent change, a lock, a rate limit), so a retry executes again; after a 5xx the key is released likewise.
 * A request without the header is not affected. The filter runs after Spring Security, so the client is known.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 255;

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_KEY_LENGTH + "}");
    /** Per response, or written again by the server for every response; never replayed from the store. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "date", "transfer-encoding", "connection",
            "keep-alive", "set-cookie", REPLAYED_HEADER.toLowerCase(Locale.ROOT));

    private final IdempotencyStore store;
    private final ProblemMessages messages;
    private final JsonMapper json;
    private final int maxBodyBytes;

    public IdempotencyKeyFilter(IdempotencyStore store, ProblemMessages messages, JsonMapper json, int maxBodyBytes) {
        this.store = store;
        this.messages = messages;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            chain.doFilter(request, response); // not signed in: the request is refused downstream, nothing to remember
            return;
        }
        String key = request.getHeader(HEADER).strip();
        if (!VALID_KEY.matcher(key).matches()) {
            problem(request, response, HttpStatus.BAD_REQUEST, "idempotency-key-invalid", MAX_KEY_LENGTH);
            return;
        }
        byte[] body = readBody(request);
        if (body == null) {
            problem(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "idempotency-body-too-large", maxBodyBytes / 1024);
            return;
        }
        Claim claim = store.claim(scopeOf(token.getToken(), key), fingerprint(request, body));
        if (claim instanceof Claimed claimed) {
            execute(claimed, new CachedBodyRequest(request, body), response, chain);
        } else if (claim instanceof Replay replay) {
            replay(replay.response(), response);
        } else if (claim instanceof Mismatch) {
            problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", key);
        } else {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problem(request, response, HttpStatus.CONFLICT, "idempotency-key-in-progress", key);
        }
    }

    private void execute(Claimed claimed, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recorded);
            int status = recorded.getStatus();
            if (status < 500 && status != 409 && status != 429) {
                store.complete(claimed, new StoredResponse(status, headersOf(recorded), recorded.getContentAsByteArray()));
                kept = true;
            }
        } finally {
            if (!kept) {
                store.release(claimed);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        Set<String> written = new HashSet<>();
        for (Map.Entry<String, String> header : stored.headers()) {
            if (written.add(header.getKey().toLowerCase(Locale.ROOT))) {
                response.setHeader(header.getKey(), header.getValue());
            } else {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
        response.flushBuffer();
    }

    private static List<Map.Entry<String, String>> headersOf(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : new java.util.LinkedHashSet<>(response.getHeaderNames())) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        if (response.getContentType() != null && headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE))) {
            headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, response.getContentType()));
        }
        return headers;
    }

    static Scope scopeOf(Jwt jwt, String key) {
        String partnerId = jwt.getClaimAsString(KamClaims.PARTNER_ID);
        String client = partnerId != null ? "partner:" + partnerId : "subject:" + jwt.getSubject();
        return new Scope(String.valueOf(jwt.getClaimAsString(KamClaims.DIVISION)), client, key);
    }

    /** The request as far as idempotency goes: the same key means the same method, target, content type and body. */
    static String fingerprint(HttpServletRequest request, byte[] body) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        String head = request.getMethod() + "\n" + request.getRequestURI() + "\n"
                + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n"
                + (request.getContentType() == null ? "" : request.getContentType()) + "\n";
        data.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        data.writeBytes(body);
        return IdempotencyStore.sha256(data.toByteArray());
    }

    /** The whole body, or null when it is larger than what a remembered request may be. */
    private byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            return body.length > maxBodyBytes ? null : body;
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                         Object argument) throws IOException {
        Locale locale = request.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(Problems.type(code));
        problem.setTitle(messages.title(code, status, locale));
        problem.setDetail(messages.detail(code, new Object[]{argument}, null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request with its body read once, for the fingerprint, and served again to the handler. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
