package com.kamsuite.teamincentive.quota.domain;

import com.kamsuite.kit.domain.RuleViolationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A top-down allocation: the division at the top, then territories, teams and people, each child of a lower kind than
 * its parent. Wherever a target has children, their quotas add up to its quota exactly (422 {@code allocation-mismatch}
 * otherwise), and the division's quota is the plan total.
 */
public final class AllocationTree {

    private final Map<String, Allocation> byTarget = new LinkedHashMap<>();
    private final Map<String, List<Allocation>> children = new HashMap<>();

    public AllocationTree(List<Allocation> allocations) {
        for (Allocation allocation : allocations) {
            if (byTarget.putIfAbsent(allocation.targetId(), allocation) != null) {
                throw new RuleViolationException("allocation-duplicate", "target " + allocation.targetId() + " is allocated twice",
                        allocation.targetId());
            }
            if (allocation.parentTargetId() != null) {
                children.computeIfAbsent(allocation.parentTargetId(), k -> new ArrayList<>()).add(allocation);
            }
        }
    }

    /** Checks the shape and that every level adds up; the division must carry {@code total}. */
    public void requireConsistent(BigDecimal total) {
        List<Allocation> roots = byTarget.values().stream().filter(a -> a.parentTargetId() == null).toList();
        if (roots.size() != 1 || roots.get(0).kind() != TargetKind.DIVISION) {
            throw new RuleViolationException("allocation-shape", "exactly one allocation, of kind DIVISION, sits at the top");
        }
        Allocation root = roots.get(0);
        if (root.amount().compareTo(total) != 0) {
            throw mismatch(root.targetId(), total, root.amount());
        }
        for (Allocation allocation : byTarget.values()) {
            if (allocation.parentTargetId() == null) {
                continue;
            }
            Allocation parent = byTarget.get(allocation.parentTargetId());
            if (parent == null || allocation.kind().compareTo(parent.kind()) <= 0) {
                throw new RuleViolationException("allocation-shape", allocation.targetId() + " cannot sit under "
                        + allocation.parentTargetId(), allocation.targetId());
            }
        }
        children.forEach((parentId, kids) -> {
            BigDecimal sum = kids.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal expected = byTarget.get(parentId).amount();
            if (sum.compareTo(expected) != 0) {
                throw mismatch(parentId, expected, sum);
            }
        });
        Set<String> reachable = new HashSet<>();
        collect(root.targetId(), reachable);
        if (reachable.size() != byTarget.size()) {
            throw new RuleViolationException("allocation-shape", "some allocations do not hang under the division");
        }
    }

    public Allocation root() {
        return byTarget.values().stream().filter(a -> a.parentTargetId() == null).findFirst().orElseThrow();
    }

    public List<Allocation> allocations() {
        return List.copyOf(byTarget.values());
    }

    public List<Allocation> childrenOf(String targetId) {
        return children.getOrDefault(targetId, List.of());
    }

    public Allocation find(String targetId) {
        return byTarget.get(targetId);
    }

    /** The people at or below a target. */
    public List<String> peopleUnder(String targetId) {
        List<String> people = new ArrayList<>();
        Allocation self = byTarget.get(targetId);
        if (self != null && self.kind() == TargetKind.PERSON) {
            people.add(targetId);
        }
        childrenOf(targetId).forEach(child -> people.addAll(peopleUnder(child.targetId())));
        return people;
    }

    /** The target and every target above it. */
    public List<Allocation> pathUp(String targetId) {
        List<Allocation> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Allocation a = byTarget.get(targetId); a != null && seen.add(a.targetId());
             a = a.parentTargetId() == null ? null : byTarget.get(a.parentTargetId())) {
            path.add(a);
        }
        return path;
    }

    private void collect(String targetId, Set<String> into) {
        if (into.add(targetId)) {
            childrenOf(targetId).forEach(child -> collect(child.targetId(), into));
        }
    }

    private static RuleViolationException mismatch(String targetId, BigDecimal expected, BigDecimal actual) {
        return (RuleViolationException) new RuleViolationException("allocation-mismatch",
                "allocations under " + targetId + " add up to " + actual.toPlainString() + ", not " + expected.toPlainString(),
                targetId, actual.toPlainString(), expected.toPlainString())
                .with("targetId", targetId).with("expected", expected).with("actual", actual);
    }
}
