package com.kamsuite.customer.hierarchy.domain;

import com.kamsuite.customer.revenue.domain.RevenueTotals;

import java.util.List;

/**
 * A customer in its group's tree with its own revenue and the revenue of its whole subtree (itself and every
 * descendant), so totals roll up the tree (C5).
 */
public record TreeNode(String customerId, String legalName, RevenueTotals own, RevenueTotals total, List<TreeNode> children) {

    /** Builds the node and rolls its children's totals into its own. */
    public static TreeNode of(String customerId, String legalName, RevenueTotals own, List<TreeNode> children) {
        RevenueTotals total = own;
        for (TreeNode child : children) {
            total = total.plus(child.total());
        }
        return new TreeNode(customerId, legalName, own, total, List.copyOf(children));
    }
}
