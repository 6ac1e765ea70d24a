package com.kamsuite.opportunity.opportunity.domain;

import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.opportunity.org.domain.OrgPerson;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Who may change the primary owner (O4): the current owner's superior as of today, from the replica of the reporting
 * lines (for an owner who has left, the superior on their last day). The division head may too: they stand at the top
 * of every reporting chain and must be able to reassign when a line is vacant. The new owner must be an active person
 * of the division who sells (account manager, sales manager, sales director or division head): the primary owner works
 * the opportunity, confirms it and forecasts it, which sales operations, finance or HR may not. Where the replica does
 * not know the person's roles (recorded before it kept them, or none announced), only activity is checked.
 */
public class OwnerChangePolicy {

    static final Set<String> SELLING_ROLES = Set.of("ACCOUNT_MANAGER", "SALES_MANAGER", "SALES_DIRECTOR", "DIVISION_HEAD");

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
        boolean sells = newOwner.get().rolesOn(today).filter(roles -> !roles.isEmpty())
                .map(roles -> roles.stream().anyMatch(SELLING_ROLES::contains)).orElse(true);
        if (!sells) {
            throw new RuleViolationException("not-a-seller", "the new owner does not sell: sales operations, finance and HR "
                    + "cannot own opportunities", newOwnerId);
        }
    }
}
