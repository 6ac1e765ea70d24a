package com.kamsuite.customer.common.web;

import com.kamsuite.customer.common.domain.Change;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Change", description = "One change of an archive: who, when, which field, old → new")
public record ChangeView(Instant at, String by, String division, String category, String field, String oldValue,
                         String newValue) {

    public static ChangeView of(Change change) {
        return new ChangeView(change.at(), change.by(), change.division(), change.category(), change.field(),
                change.oldValue(), change.newValue());
    }
}
