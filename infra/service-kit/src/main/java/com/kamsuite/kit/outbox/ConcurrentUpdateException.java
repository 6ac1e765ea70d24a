package com.kamsuite.kit.outbox;

import com.kamsuite.kit.domain.ConflictException;

/** Someone else changed the aggregate since it was read; the caller should read it again. */
public class ConcurrentUpdateException extends ConflictException {

    public ConcurrentUpdateException(String collection, String id) {
        super("concurrent-update", collection + " " + id + " was changed by someone else; read it again", id);
    }
}
