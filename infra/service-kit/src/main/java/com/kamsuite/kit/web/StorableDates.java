package com.kamsuite.kit.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;

/**
 * Refuses, while a request body is read, dates and times whose year lies outside 0001–9999. {@code java.time} accepts
 * years up to ±999,999,999, but MongoDB keeps dates as milliseconds since the epoch, so such a value would pass
 * binding and fail only at the save. Rejecting it with the other input errors keeps every store write safe.
 */
public final class StorableDates {

    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;

    private StorableDates() {
    }

    public static SimpleModule module() {
        return new SimpleModule("kam-storable-dates").setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier type,
                                                           ValueDeserializer<?> deserializer) {
                return Temporal.class.isAssignableFrom(type.getBeanClass()) ? new YearChecking(deserializer) : deserializer;
            }
        });
    }

    /** A date or time outside the years a store can keep. */
    public static final class OutOfRangeException extends InvalidFormatException {

        OutOfRangeException(JsonParser parser, Object value, Class<?> type) {
            super(parser, value + " is outside the years " + MIN_YEAR + "–" + MAX_YEAR, value, type);
        }
    }

    private static final class YearChecking extends DelegatingDeserializer {

        YearChecking(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new YearChecking(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor temporal) {
                int year = temporal instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).getYear()
                        : temporal.isSupported(ChronoField.YEAR) ? temporal.get(ChronoField.YEAR) : MIN_YEAR;
                if (year < MIN_YEAR || year > MAX_YEAR) {
                    throw new OutOfRangeException(parser, value, handledType());
                }
            }
            return value;
        }
    }
}
