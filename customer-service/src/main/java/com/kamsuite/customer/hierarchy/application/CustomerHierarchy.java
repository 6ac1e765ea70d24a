package com.kamsuite.customer.hierarchy.application;

import com.kamsuite.customer.hierarchy.domain.HierarchyPolicy;
import com.kamsuite.customer.hierarchy.domain.TreeNode;
import com.kamsuite.customer.master.application.Customers;
import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.customer.master.persistence.CustomerRepository;
import com.kamsuite.customer.revenue.application.Revenue;
import com.kamsuite.customer.revenue.domain.RevenueTotals;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.lock.LeaseLocks;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The group structure of customers (C5): moves without cycles, and the tree with the caller's division's revenue
 * rolled up (the tree is group-wide; the revenue is the division's own).
 */
@Service
public class CustomerHierarchy {

    static final int MAX_NODES = 5_000;

    private final CustomerRepository customers;
    private final Customers resolver;
    private final Revenue revenue;
    private final LeaseLocks locks;
    private final Clock clock;

    public CustomerHierarchy(CustomerRepository customers, Customers resolver, Revenue revenue, LeaseLocks locks, Clock clock) {
        this.customers = customers;
        this.resolver = resolver;
        this.revenue = revenue;
        this.locks = locks;
        this.clock = clock;
    }

    /** Moves are serialised group-wide: two moves, each without a cycle alone, could otherwise make one together. */
    public Customer move(String customerId, String newParentId, CurrentUser user) {
        return locks.holding("the customer hierarchy", () -> {
            Customer customer = resolver.get(customerId);
            String parentId = newParentId == null ? null : resolver.get(newParentId).id();
            if (parentId != null) {
                HierarchyPolicy.requireNoCycle(customer.id(), parentId,
                        id -> customers.findById(id).map(Customer::parentId).orElse(null));
            }
            customer.moveUnder(parentId, user.personId(), user.divisionId(), clock.instant());
            return customers.save(customer);
        });
    }

    public record Tree(List<Customer> ancestors, TreeNode root) {
    }

    /** The subtree under a customer, with its ancestors up to the top of the group. */
    public Tree tree(String customerId, CurrentUser user) {
        Customer root = resolver.get(customerId);
        Map<String, Customer> nodes = new LinkedHashMap<>();
        Map<String, List<String>> childrenOf = new HashMap<>();
        List<String> frontier = List.of(root.id());
        nodes.put(root.id(), root);
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String parent : frontier) {
                for (Customer child : customers.childrenOf(parent)) {
                    if (child.isMerged() || nodes.containsKey(child.id())) {
                        continue;
                    }
                    if (nodes.size() >= MAX_NODES) {
                        throw new RuleViolationException("hierarchy-too-large", "the group has more than " + MAX_NODES + " customers", MAX_NODES);
                    }
                    nodes.put(child.id(), child);
                    childrenOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(child.id());
                    next.add(child.id());
                }
            }
            frontier = next;
        }
        Map<String, RevenueTotals> own = revenue.totals(user.divisionId(), nodes.keySet());
        return new Tree(ancestorsOf(root), build(root.id(), nodes, childrenOf, own));
    }

    private TreeNode build(String id, Map<String, Customer> nodes, Map<String, List<String>> childrenOf,
                           Map<String, RevenueTotals> own) {
        List<TreeNode> children = childrenOf.getOrDefault(id, List.of()).stream()
                .map(child -> build(child, nodes, childrenOf, own)).toList();
        return TreeNode.of(id, nodes.get(id).legalName(), own.getOrDefault(id, RevenueTotals.NONE), children);
    }

    private List<Customer> ancestorsOf(Customer customer) {
        List<Customer> ancestors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String parent = customer.parentId();
        while (parent != null && seen.add(parent)) {
            Customer next = customers.findById(parent).orElse(null);
            if (next == null) {
                break;
            }
            ancestors.add(0, next);
            parent = next.parentId();
        }
        return ancestors;
    }
}
