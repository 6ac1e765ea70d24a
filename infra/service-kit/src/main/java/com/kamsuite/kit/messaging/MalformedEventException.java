package com.kamsuite.kit.messaging;

/** A record that is not a well-formed KAM event. Never retried: it goes straight to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
