package com.kamsuite.embedded.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The client mistakes every HTTP door of the suite must answer with a 4xx Problem Details, never a 500 or an HTML
 * page: invalid UTF-8 in a query parameter, malformed paths, unsupported or unparseable media types, oversize headers.
 * Sent over a plain socket, because an HTTP client library refuses to send most of them.
 */
public final class ClientMistakes {

    /** More than the 8 KiB of headers Tomcat and Reactor Netty accept by default, small enough to be sent whole. */
    private static final int OVERSIZE_HEADER = 16 * 1024;

    private ClientMistakes() {
    }

    /** One answer as it came over the wire. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        public boolean isProblemDetails() {
            return status >= 400 && status < 500 && contentType().startsWith("application/problem+json")
                    && body.contains("\"type\":\"https://kam-suite.dev/problems/");
        }
    }

    /**
     * Sends every mistake to {@code localhost:port}; {@code getPath} is a GET the door serves that reads a query
     * parameter, {@code postPath} a POST that takes JSON, {@code authorization} a valid "Bearer …" header.
     * Returns each mistake with its answer.
     */
    public static Map<String, Answer> sendAll(int port, String getPath, String postPath, String authorization) {
        String auth = "Authorization: " + authorization + "\r\n";
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("invalid UTF-8 in a query parameter",
                "GET " + getPath + "?period=%ff&name=%c3%28 HTTP/1.1\r\n" + auth);
        requests.put("malformed percent-encoding in the path", "GET /api/%zz HTTP/1.1\r\n" + auth);
        requests.put("encoded NUL in the path", "GET /api/a%00b HTTP/1.1\r\n" + auth);
        requests.put("unsupported media type", "POST " + postPath + " HTTP/1.1\r\n" + auth
                + "Content-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi");
        requests.put("unparseable content type", "POST " + postPath + " HTTP/1.1\r\n" + auth
                + "Content-Type: ;;==\r\nContent-Length: 2\r\n\r\n{}");
        requests.put("oversize headers", "GET " + getPath + " HTTP/1.1\r\n" + auth
                + "X-Padding: " + "a".repeat(OVERSIZE_HEADER) + "\r\n");
        Map<String, Answer> answers = new LinkedHashMap<>();
        requests.forEach((name, request) -> answers.put(name, send(port, request)));
        return answers;
    }

    /** Throws an AssertionError naming every mistake that was not answered with a 4xx Problem Details. */
    public static Map<String, Answer> assertAllAnsweredWithProblemDetails(int port, String getPath, String postPath,
                                                                          String authorization) {
        Map<String, Answer> answers = sendAll(port, getPath, postPath, authorization);
        List<String> wrong = new ArrayList<>();
        answers.forEach((name, answer) -> {
            if (!answer.isProblemDetails()) {
                wrong.add(name + ": " + answer.status() + " " + answer.contentType() + " "
                        + answer.body().substring(0, Math.min(200, answer.body().length())));
            }
        });
        if (!wrong.isEmpty()) {
            throw new AssertionError("not a 4xx Problem Details:\n  " + String.join("\n  ", wrong));
        }
        return answers;
    }

    /** Sends a request (request line and headers, optionally a body after an empty line) and reads the answer. */
    public static Answer send(int port, String request) {
        String message = request.contains("\r\n\r\n") ? request.replaceFirst("\r\n\r\n", "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                : request + "Host: localhost\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(message.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException refusedWhileSending) {
                // A server may answer and close before it read everything (oversize headers): read what it said.
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException("no answer from localhost:" + port + " to " + message.lines().findFirst().orElse(""), e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, read);
            }
        } catch (java.net.SocketException reset) {
            if (bytes.size() == 0) {
                throw reset;
            }
        }
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            throw new IllegalStateException("not an HTTP answer: " + lines[0]);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(Integer.parseInt(statusLine[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int position = 0;
        while (position < chunked.length) {
            int lineEnd = indexOfCrlf(chunked, position);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(chunked, position, lineEnd - position, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            body.write(chunked, start, Math.min(size, chunked.length - start));
            position = start + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
