package com.kamsuite.kit.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatesTest {

    enum Status { DRAFT, SUBMITTED, APPROVED }

    @Test
    void anAllowedStatePasses() {
        assertThatCode(() -> States.require("plan", "p-1", Status.SUBMITTED, Status.DRAFT, Status.SUBMITTED)).doesNotThrowAnyException();
    }

    @Test
    void anyOtherIsAConflictNamingWhatWhichAndItsState() {
        assertThatThrownBy(() -> States.require("plan", "p-1", Status.APPROVED, Status.DRAFT))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("wrong-state"))
                .hasMessage("plan p-1 is APPROVED");
    }
}
