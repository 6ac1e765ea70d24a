package com.kamsuite.customer.account.web;

import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.account.domain.Assignment;
import com.kamsuite.customer.account.domain.Competitor;
import com.kamsuite.customer.account.domain.ExtendedInfo;
import com.kamsuite.customer.account.domain.KeyPerson;
import com.kamsuite.customer.account.domain.LevelChange;
import com.kamsuite.customer.account.domain.PersonalDataPolicy;
import com.kamsuite.customer.account.domain.RelationshipLevel;
import com.kamsuite.customer.classification.domain.Assessment;
import com.kamsuite.customer.classification.domain.Classification;
import com.kamsuite.customer.classification.domain.Evaluation;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Account", description = "The caller's division's relationship with a customer; other divisions never see it. "
        + "Key people's phone, e-mail and personal notes are empty (personalDataHidden) for roles that do not need them.")
public record AccountView(String customerId, String divisionId, String ownerId, boolean unassigned, Instant openedAt,
                          Instant lastReviewedAt, String lastReviewedBy, ExtendedInfo extended, List<KeyPerson> keyPeople,
                          boolean personalDataHidden, List<Competitor> competitors, RelationshipLevel level,
                          List<LevelChange> levelChanges, Assessment assessment, Classification classification,
                          List<Assignment> assignments) {

    /** The account with its evaluation (C6), which is an aggregate of its own. */
    static AccountView of(Account a, Evaluation evaluation, CurrentUser user) {
        boolean hide = !PersonalDataPolicy.mayReadPersonalData(user.roles());
        List<KeyPerson> people = hide ? a.keyPeople().stream().map(KeyPerson::redacted).toList() : a.keyPeople();
        return new AccountView(a.customerId(), a.divisionId(), a.ownerId(), a.isUnassigned(), a.openedAt(),
                a.lastReviewedAt(), a.lastReviewedBy(), a.extended(), people, hide, a.competitors(), a.level(),
                a.levelChanges(), evaluation.assessment(), evaluation.classification(), a.assignments());
    }
}
