package com.kamsuite.teamincentive.territory.domain;

import java.time.LocalDate;

/**
 * A person moved between territories by a plan version; their rules in the territories they left went to
 * {@code successorId}. The plan versions before keep the old deployment, so the history stays.
 */
public record Redeployment(String personId, String fromTerritoryId, String toTerritoryId, String successorId,
                           LocalDate effectiveFrom, String reason) {
}
