package com.kamsuite.opportunity.opportunity.domain;

import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.opportunity.org.domain.OrgPerson;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who may change the primary owner (O4): the current owner's superior as of today, from the replica of the reporting
 * lines (for an owner who has left, the superior on their last day). The division head may too: they stand at the top
 * of every reporting chain and must be able to reassign when a line is vacant. The new owner must be an active person
 * of the division.
 */
public class OwnerChangePolicy {

    public void check(Optional<OrgPerson> currentOwner, String newOwnerId, Optional<OrgPerson> newOwner, String callerId,
                      boolean callerIsDivisionHead, LocalDate today) {
        boolean superior = currentOwner.flatMap(owner -> owner.superiorOn(today)).map(callerId::equals).orElse(false);
        if (!superior && !callerIsDivisionHead) {
            throw new ForbiddenException("not-owners-superior", callerId + " is not the superior of the primary owner", callerId);
        }
        if (newOwner.isEmpty() || !newOwner.get().activeOn(today)) {
            throw new RuleViolationException("unknown-person", "the new owner is not an active person of the division",
                    newOwnerId);
        }
    }
}
