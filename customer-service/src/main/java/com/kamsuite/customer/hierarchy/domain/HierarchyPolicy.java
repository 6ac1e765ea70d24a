package com.kamsuite.customer.hierarchy.domain;

import com.kamsuite.kit.domain.ConflictException;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Group → subsidiaries → sites, to any depth, never a cycle (C5). */
public final class HierarchyPolicy {

    private HierarchyPolicy() {
    }

    /**
     * Refuses placing {@code childId} under {@code newParentId} when the new parent is the child itself or one of
     * its descendants, walking up from the new parent with {@code parentOf} (null at the top).
     */
    public static void requireNoCycle(String childId, String newParentId, Function<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        for (String current = newParentId; current != null; current = parentOf.apply(current)) {
            if (current.equals(childId)) {
                throw new ConflictException("hierarchy-cycle", "placing " + childId + " under " + newParentId
                        + " would make it its own ancestor", childId, newParentId);
            }
            if (!seen.add(current)) {
                return; // an existing cycle above, not ours to report
            }
        }
    }
}
