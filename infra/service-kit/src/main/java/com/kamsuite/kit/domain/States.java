package com.kamsuite.kit.domain;

/** The refusal of a transition that the current state does not allow (409, code {@code wrong-state}). */
public final class States {

    private States() {
    }

    /** Nothing when {@code actual} is one of {@code allowed}; the refusal naming what, which one and its state otherwise. */
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
