package com.kamsuite.kit.lock;

import com.kamsuite.kit.domain.ConflictException;

/** Someone else is changing the same structure right now and did not finish within the wait; retry shortly. */
public class LockBusyException extends ConflictException {

    public LockBusyException(String name) {
        super("busy", name + " is being changed by someone else; retry shortly", name);
    }
}
