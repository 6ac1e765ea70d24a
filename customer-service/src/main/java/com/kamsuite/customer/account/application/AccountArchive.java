package com.kamsuite.customer.account.application;

import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.account.domain.Competitor;
import com.kamsuite.customer.account.domain.ExtendedInfo;
import com.kamsuite.customer.account.domain.KeyPerson;
import com.kamsuite.customer.account.domain.RelationshipLevel;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The division's archive of a customer (C1): extended info, key people, competitors; its review (C4) and its
 * relationship level (C8). Every change goes into the account's history.
 */
@Service
public class AccountArchive {

    private final DivisionAccounts accounts;
    private final Clock clock;
    private final ZoneId zone;

    public AccountArchive(DivisionAccounts accounts, Clock clock,
                          @org.springframework.beans.factory.annotation.Value("${kam.customer.zone:Asia/Shanghai}") ZoneId zone) {
        this.accounts = accounts;
        this.clock = clock;
        this.zone = zone;
    }

    public Account get(String customerId, CurrentUser user) {
        return accounts.require(customerId, user);
    }

    public Account updateExtended(String customerId, ExtendedInfo extended, CurrentUser user) {
        return accounts.update(customerId, user, account -> account.updateExtended(extended, user.personId(), clock.instant()));
    }

    public KeyPerson addKeyPerson(String customerId, KeyPerson person, CurrentUser user) {
        AtomicReference<KeyPerson> added = new AtomicReference<>();
        accounts.update(customerId, user, account -> added.set(account.addKeyPerson(person, user.personId(), clock.instant())));
        return added.get();
    }

    public Account updateKeyPerson(String customerId, String keyPersonId, KeyPerson person, CurrentUser user) {
        return accounts.update(customerId, user, account -> account.updateKeyPerson(keyPersonId, person, user.personId(), clock.instant()));
    }

    public Account removeKeyPerson(String customerId, String keyPersonId, CurrentUser user) {
        return accounts.update(customerId, user, account -> account.removeKeyPerson(keyPersonId, user.personId(), clock.instant()));
    }

    public Competitor addCompetitor(String customerId, Competitor competitor, CurrentUser user) {
        AtomicReference<Competitor> added = new AtomicReference<>();
        accounts.update(customerId, user, account -> added.set(account.addCompetitor(competitor, user.personId(), clock.instant())));
        return added.get();
    }

    public Account updateCompetitor(String customerId, String competitorId, Competitor competitor, CurrentUser user) {
        return accounts.update(customerId, user, account -> account.updateCompetitor(competitorId, competitor, user.personId(), clock.instant()));
    }

    public Account removeCompetitor(String customerId, String competitorId, CurrentUser user) {
        return accounts.update(customerId, user, account -> account.removeCompetitor(competitorId, user.personId(), clock.instant()));
    }

    public Account review(String customerId, CurrentUser user) {
        return accounts.update(customerId, user, account -> account.review(user.personId(), clock.instant()));
    }

    public Account changeLevel(String customerId, RelationshipLevel level, LocalDate effectiveOn, String note, CurrentUser user) {
        LocalDate effective = effectiveOn == null ? LocalDate.now(clock.withZone(zone)) : effectiveOn;
        return accounts.update(customerId, user, account -> account.changeLevel(level, effective, note, user.personId(), clock.instant()));
    }
}
