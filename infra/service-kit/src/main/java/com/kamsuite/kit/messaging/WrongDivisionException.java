package com.kamsuite.kit.messaging;

/** An event about data of one division claiming another. Never retried: it goes straight to the dead-letter topic. */
public class WrongDivisionException extends RuntimeException {

    public WrongDivisionException(String eventId, String actual, String expected) {
        super("event " + eventId + " is of division " + actual + " but concerns data of division " + expected);
    }
}
