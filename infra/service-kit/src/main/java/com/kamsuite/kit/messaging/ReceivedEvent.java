package com.kamsuite.kit.messaging;

import java.time.Instant;
import java.util.Objects;

/** An event as a consumer receives it: the CloudEvents attributes it needs, and the data as its contract record. */
public record ReceivedEvent<T>(String id, String type, String aggregateId, String divisionId, long sequence,
                               Instant time, T data) {

    /** Refuses an event that claims another division than the one the consumer's data belongs to. */
    public void requireDivision(String expectedDivision) {
        if (!Objects.equals(divisionId, expectedDivision)) {
            throw new WrongDivisionException(id, divisionId, expectedDivision);
        }
    }
}
