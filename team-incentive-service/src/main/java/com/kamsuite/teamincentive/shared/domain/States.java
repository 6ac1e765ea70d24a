package com.kamsuite.teamincentive.shared.domain;

import com.kamsuite.kit.domain.ConflictException;

/** The refusal of a transition that the current state does not allow (409, code {@code wrong-state}). */
public final class States {

    private States() {
    }

    @SafeVarargs
    public static <S extends Enum<S>> void require(String what, String id, S actual, S... allowed) {
        for (S state : allowed) {
            if (state == actual) {
                return;
            }
        }
        throw new ConflictException("wrong-state", what + " " + id + " is " + actual, what, id, actual.name());
    }
}
