package com.kamsuite.customer.classification.application;

import com.kamsuite.customer.account.application.DivisionAccounts;
import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.classification.domain.Assessment;
import com.kamsuite.kit.security.CurrentUser;
import com.kamsuite.customer.account.persistence.AccountRepository;
import com.kamsuite.customer.classification.domain.Classification;
import com.kamsuite.customer.classification.domain.ClassificationWeights;
import com.kamsuite.customer.classification.domain.Classifier;
import com.kamsuite.customer.classification.domain.ParetoRanking;
import com.kamsuite.customer.classification.persistence.WeightsRepository;
import com.kamsuite.customer.revenue.application.Revenue;
import com.kamsuite.kit.outbox.ConcurrentUpdateException;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Evaluates accounts into tiers (C6): one account when revenue arrives for it (a won opportunity), a whole division
 * on demand or when its weights change. The Pareto ranking is always over the whole division.
 */
@Service
public class AccountClassification {

    static final String SYSTEM = "system";

    private final AccountRepository accounts;
    private final DivisionAccounts divisionAccounts;
    private final WeightsRepository weights;
    private final Revenue revenue;
    private final Clock clock;
    private final ZoneId zone;

    public AccountClassification(AccountRepository accounts, DivisionAccounts divisionAccounts, WeightsRepository weights, Revenue revenue, Clock clock,
                                 @org.springframework.beans.factory.annotation.Value("${kam.customer.zone:Asia/Shanghai}") ZoneId zone) {
        this.accounts = accounts;
        this.divisionAccounts = divisionAccounts;
        this.weights = weights;
        this.revenue = revenue;
        this.clock = clock;
        this.zone = zone;
    }

    /** Records the division's judgement of the account and re-evaluates it at once. */
    public Account assess(String customerId, Assessment assessment, CurrentUser user) {
        Account account = divisionAccounts.require(customerId, user);
        account.assess(assessment, user.personId(), clock.instant());
        classify(account, basis(account.divisionId()), user.personId());
        return account;
    }

    public Account reclassify(String customerId, CurrentUser user) {
        Account account = divisionAccounts.require(customerId, user);
        classify(account, basis(account.divisionId()), user.personId());
        return account;
    }

    public ClassificationWeights weightsOf(String divisionId) {
        return weights.of(divisionId);
    }

    public void setWeights(String divisionId, ClassificationWeights next) {
        weights.save(divisionId, next);
        recomputeDivision(divisionId, SYSTEM);
    }

    /** Re-evaluates one account; nothing when the division has no relationship with the customer. */
    public void recompute(String divisionId, String customerId, String by) {
        accounts.find(customerId, divisionId).filter(a -> a.status() == com.kamsuite.customer.account.domain.AccountStatus.ACTIVE)
                .ifPresent(account -> {
                    Basis basis = basis(divisionId);
                    classify(account, basis, by);
                });
    }

    /** Re-evaluates every account of the division; returns how many there are. */
    public int recomputeDivision(String divisionId, String by) {
        Basis basis = basis(divisionId);
        List<Account> all = accounts.activeOf(divisionId);
        for (Account account : all) {
            try {
                classify(account, basis, by);
            } catch (ConcurrentUpdateException changedMeanwhile) {
                accounts.find(account.customerId(), divisionId).ifPresent(fresh -> classify(fresh, basis, by));
            }
        }
        return all.size();
    }

    private Classification classify(Account account, Basis basis, String by) {
        BigDecimal previous = revenue.won(account.divisionId(), account.customerId(), basis.yearBefore(), basis.yearAgo(),
                basis.weights().currency());
        Classification result = Classifier.classify(account.customerId(), basis.last12().getOrDefault(account.customerId(), BigDecimal.ZERO),
                previous, basis.ranking(), account.assessment(), basis.weights(), clock.instant());
        account.classify(result, by);
        accounts.save(account);
        return result;
    }

    private Basis basis(String divisionId) {
        ClassificationWeights current = weights.of(divisionId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate tomorrow = today.plusDays(1);
        LocalDate yearAgo = tomorrow.minusYears(1);
        Map<String, BigDecimal> last12 = revenue.wonByCustomer(divisionId, yearAgo, tomorrow, current.currency());
        return new Basis(current, last12, new ParetoRanking(last12), yearAgo.minusYears(1), yearAgo);
    }

    private record Basis(ClassificationWeights weights, Map<String, BigDecimal> last12, ParetoRanking ranking,
                         LocalDate yearBefore, LocalDate yearAgo) {
    }
}
