package com.kamsuite.forecast.shared.domain;

import com.kamsuite.kit.domain.ConflictException;

/** The refusal of a transition the current state does not allow (409, code {@code wrong-state}). */
public final class States {

    private States() {
    }

    public static <S extends Enum<S>> void require(String what, String id, S actual, S allowed) {
        if (actual != allowed) {
            throw new ConflictException("wrong-state", what + " " + id + " is " + actual, what, id, actual.name());
        }
    }
}
