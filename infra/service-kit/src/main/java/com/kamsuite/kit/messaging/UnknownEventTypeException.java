package com.kamsuite.kit.messaging;

/** A record whose {@code ce_type} is in no catalogue. Never retried: it goes straight to the dead-letter topic. */
public class UnknownEventTypeException extends RuntimeException {

    public UnknownEventTypeException(String type) {
        super("unknown event type: " + type);
    }
}
