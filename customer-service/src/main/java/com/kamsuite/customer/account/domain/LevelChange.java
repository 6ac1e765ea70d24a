package com.kamsuite.customer.account.domain;

import com.kamsuite.kit.domain.ConflictException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A change of relationship level, effective on a date, with who recorded it when and why. */
public record LevelChange(RelationshipLevel level, RelationshipLevel previous, LocalDate effectiveOn, String note,
                          String by, Instant at) {

    /** The change from {@code current} to {@code next}: to another level, never before the last change took effect. */
    public static LevelChange after(List<LevelChange> earlier, RelationshipLevel current, RelationshipLevel next,
                                    LocalDate effectiveOn, String note, String by, Instant at) {
        Objects.requireNonNull(next, "level");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        if (next == current) {
            throw new ConflictException("level-unchanged", "the relationship is " + current + " already", next.name());
        }
        LocalDate lastEffective = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).effectiveOn();
        if (lastEffective != null && effectiveOn.isBefore(lastEffective)) {
            throw new ConflictException("level-date-before-last", "a level change cannot take effect before the last one",
                    effectiveOn.toString(), lastEffective.toString());
        }
        return new LevelChange(next, current, effectiveOn, note, by, at);
    }
}
