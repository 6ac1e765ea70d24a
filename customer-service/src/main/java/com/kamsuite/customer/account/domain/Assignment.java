package com.kamsuite.customer.account.domain;

import java.time.Instant;

/**
 * One (re)assignment of the account (C3): from whom to whom ({@code null} = the unassigned queue), by a territory rule
 * ({@code ruleId}) or by hand, when and why.
 */
public record Assignment(String from, String to, String by, String ruleId, String reason, Instant at) {
}
