package com.kamsuite.customer.hierarchy.domain;

import com.kamsuite.kit.domain.ConflictException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HierarchyPolicyTest {

    // group ← subsidiary ← site ← workshop
    private final Map<String, String> parents = new HashMap<>(Map.of("subsidiary", "group", "site", "subsidiary", "workshop", "site"));

    @Test
    void placingACustomerUnderItsOwnDescendantIsACycle() {
        assertThatThrownBy(() -> HierarchyPolicy.requireNoCycle("group", "workshop", parents::get))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ConflictException) e).code()).isEqualTo("hierarchy-cycle"));
    }

    @Test
    void placingACustomerUnderItselfIsACycle() {
        assertThatThrownBy(() -> HierarchyPolicy.requireNoCycle("site", "site", parents::get)).isInstanceOf(ConflictException.class);
    }

    @Test
    void movingASubtreeElsewhereAtAnyDepthIsFine() {
        parents.put("other-group", null);
        assertThatCode(() -> HierarchyPolicy.requireNoCycle("site", "other-group", parents::get)).doesNotThrowAnyException();
        assertThatCode(() -> HierarchyPolicy.requireNoCycle("workshop", "group", parents::get)).doesNotThrowAnyException();
    }

    @Test
    void anExistingCycleAboveDoesNotLoopForever() {
        Map<String, String> broken = Map.of("a", "b", "b", "a");
        assertThatCode(() -> HierarchyPolicy.requireNoCycle("x", "a", broken::get)).doesNotThrowAnyException();
    }
}
