package com.kamsuite.kit.web;

import java.net.URI;

/** The stable {@code type} URIs of the suite's Problem Details. */
public final class Problems {

    public static final String BASE = "https://kam-suite.dev/problems/";
    public static final URI VALIDATION = type("validation");
    public static final URI MALFORMED_REQUEST = type("malformed-request");
    public static final URI NOT_FOUND = type("not-found");
    public static final URI UNAUTHENTICATED = type("unauthenticated");
    public static final URI FORBIDDEN = type("forbidden");
    public static final URI CONFLICT = type("conflict");
    public static final URI METHOD_NOT_ALLOWED = type("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
    public static final URI NOT_ACCEPTABLE = type("not-acceptable");
    public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");
    public static final URI INTERNAL = type("internal");

    private Problems() {
    }

    public static URI type(String code) {
        return URI.create(BASE + code);
    }
}
