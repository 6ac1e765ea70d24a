package com.kamsuite.kit.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Base of every aggregate: it records the events of its state changes, and each event gets the next number of
 * the aggregate's own sequence. Persistence writes the state and these events in one single-document write
 * (see {@code AggregateStore}); nothing here knows about MongoDB or Kafka.
 */
public abstract class AggregateRoot {

    private long version;
    private long eventSequence;
    private transient List<RecordedEvent> recordedEvents;

    /** The aggregate id; also the Kafka key of its events. */
    public abstract String id();

    /** Records an event of this aggregate, scoped to the given division. */
    protected void recordEvent(Object data, String divisionId) {
        events().add(new RecordedEvent(data, divisionId, ++eventSequence));
    }

    public List<RecordedEvent> recordedEvents() {
        return List.copyOf(events());
    }

    public void clearRecordedEvents() {
        events().clear();
    }

    /** The version of the stored state this object was read from; 0 for a new aggregate. */
    public long version() {
        return version;
    }

    public void markStored(long storedVersion) {
        this.version = storedVersion;
        clearRecordedEvents();
    }

    private List<RecordedEvent> events() {
        if (recordedEvents == null) {
            recordedEvents = new ArrayList<>();
        }
        return recordedEvents;
    }

    /** An event not yet stored: its data (an event-contracts record), its division and its sequence number. */
    public record RecordedEvent(Object data, String divisionId, long sequence) {
    }
}
