package com.kamsuite.customer.account.application;

import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.account.domain.StalePolicy;
import com.kamsuite.customer.account.persistence.AccountRepository;
import com.kamsuite.kit.domain.ForbiddenException;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The archives an owner has not reviewed in the last calendar month, as of the injected clock (C4). */
@Service
public class StaleAccounts {

    private final AccountRepository accounts;
    private final Clock clock;
    private final ZoneId zone;

    public StaleAccounts(AccountRepository accounts, Clock clock, @Value("${kam.customer.zone:Asia/Shanghai}") ZoneId zone) {
        this.accounts = accounts;
        this.clock = clock;
        this.zone = zone;
    }

    public record Stale(Instant asOf, Instant reviewedBefore, List<Account> accounts) {
    }

    /** An account manager sees their own list; their managers and sales operations any owner's of the division. */
    public Stale of(String ownerId, CurrentUser user) {
        String owner = ownerId == null ? user.personId() : ownerId;
        if (!owner.equals(user.personId())
                && !user.hasAnyRole("SALES_MANAGER", "SALES_DIRECTOR", "DIVISION_HEAD", "SALES_OPERATIONS")) {
            throw new ForbiddenException("forbidden", "only managers and sales operations see another owner's list");
        }
        Instant now = clock.instant();
        Instant cutoff = StalePolicy.cutoff(now, zone);
        return new Stale(now, cutoff, accounts.reviewedBefore(user.divisionId(), owner, cutoff));
    }
}
