package com.kamsuite.teamincentive.territory.domain;

import java.util.LinkedHashSet;
import java.util.List;

/** A sales territory of a plan: a name, the region it lies in, and the account managers deployed to it. */
public record Territory(String territoryId, String name, String region, List<String> accountManagerIds) {

    public Territory {
        if (territoryId == null || territoryId.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a territory needs an id and a name");
        }
        accountManagerIds = accountManagerIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(accountManagerIds));
    }

    Territory withAccountManagers(List<String> ids) {
        return new Territory(territoryId, name, region, ids);
    }
}
