package com.kamsuite.customer.classification.application;

import com.kamsuite.customer.classification.application.ClassifiedAccounts.ClassifiedAccount;
import com.kamsuite.customer.classification.domain.Assessment;
import com.kamsuite.customer.classification.domain.Classification;
import com.kamsuite.customer.classification.domain.ClassificationWeights;
import com.kamsuite.customer.classification.domain.Classifier;
import com.kamsuite.customer.classification.domain.Evaluation;
import com.kamsuite.customer.classification.domain.ParetoRanking;
import com.kamsuite.customer.classification.persistence.EvaluationRepository;
import com.kamsuite.customer.classification.persistence.WeightsRepository;
import com.kamsuite.customer.common.domain.Change;
import com.kamsuite.customer.master.application.CustomerMergeFollowUp;
import com.kamsuite.customer.revenue.application.Revenue;
import com.kamsuite.customer.revenue.application.WonRevenueFollowUp;
import com.kamsuite.kit.outbox.ConcurrentUpdateException;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Evaluates accounts into tiers (C6): one account when revenue arrives for it (a won opportunity) or when its
 * customer absorbed a duplicate, a whole division on demand or when its weights change. The Pareto ranking is always
 * over the whole division.
 */
@Service
@Order(CustomerMergeFollowUp.EVALUATION)
public class AccountClassification implements WonRevenueFollowUp, CustomerMergeFollowUp {

    static final String SYSTEM = "system";

    private final ClassifiedAccounts accounts;
    private final EvaluationRepository evaluations;
    private final WeightsRepository weights;
    private final Revenue revenue;
    private final Clock clock;
    private final ZoneId zone;

    public AccountClassification(ClassifiedAccounts accounts, EvaluationRepository evaluations, WeightsRepository weights,
                                 Revenue revenue, Clock clock, @Value("${kam.customer.zone:Asia/Shanghai}") ZoneId zone) {
        this.accounts = accounts;
        this.evaluations = evaluations;
        this.weights = weights;
        this.revenue = revenue;
        this.clock = clock;
        this.zone = zone;
    }

    /** The account's evaluation; an empty one (nothing judged, no tier) before the first. */
    public Evaluation evaluationOf(String accountId, String customerId, String divisionId) {
        return evaluations.find(accountId).orElseGet(() -> Evaluation.of(accountId, customerId, divisionId));
    }

    public List<Change> historyOf(String accountId) {
        return evaluations.find(accountId).map(Evaluation::history).orElse(List.of());
    }

    /** Records the division's judgement of the account and re-evaluates it at once. */
    public Evaluation assess(String customerId, Assessment assessment, CurrentUser user) {
        ClassifiedAccount account = accounts.require(customerId, user);
        Evaluation evaluation = evaluationOf(account);
        evaluation.assess(assessment, user.personId(), clock.instant());
        return classify(account, evaluation, basis(account.divisionId()), user.personId());
    }

    public Evaluation reclassify(String customerId, CurrentUser user) {
        ClassifiedAccount account = accounts.require(customerId, user);
        return classify(account, evaluationOf(account), basis(account.divisionId()), user.personId());
    }

    public ClassificationWeights weightsOf(String divisionId) {
        return weights.of(divisionId);
    }

    public void setWeights(String divisionId, ClassificationWeights next) {
        weights.save(divisionId, next);
        recomputeDivision(divisionId, SYSTEM);
    }

    @Override
    public void revenueWon(String divisionId, String customerId) {
        recompute(divisionId, customerId, SYSTEM);
    }

    /** The survivor is re-evaluated in every division, on the revenue and relationships it took over. */
    @Override
    public void customerMerged(String mergedId, String survivorId) {
        accounts.activeOfCustomer(survivorId).forEach(account -> recompute(account.divisionId(), survivorId, SYSTEM));
    }

    /** Re-evaluates one account; nothing when the division has no relationship with the customer. */
    public void recompute(String divisionId, String customerId, String by) {
        accounts.active(customerId, divisionId)
                .ifPresent(account -> classify(account, evaluationOf(account), basis(divisionId), by));
    }

    /** Re-evaluates every account of the division; returns how many there are. */
    public int recomputeDivision(String divisionId, String by) {
        Basis basis = basis(divisionId);
        List<ClassifiedAccount> all = accounts.activeOf(divisionId);
        for (ClassifiedAccount account : all) {
            try {
                classify(account, evaluationOf(account), basis, by);
            } catch (ConcurrentUpdateException | DuplicateKeyException changedMeanwhile) {
                classify(account, evaluationOf(account), basis, by);
            }
        }
        return all.size();
    }

    private Evaluation evaluationOf(ClassifiedAccount account) {
        return evaluationOf(account.id(), account.customerId(), account.divisionId());
    }

    private Evaluation classify(ClassifiedAccount account, Evaluation evaluation, Basis basis, String by) {
        BigDecimal previous = revenue.won(account.divisionId(), account.customerId(), basis.yearBefore(), basis.yearAgo(),
                basis.weights().currency());
        Classification result = Classifier.classify(account.customerId(),
                basis.last12().getOrDefault(account.customerId(), BigDecimal.ZERO), previous, basis.ranking(),
                evaluation.assessment(), basis.weights(), clock.instant());
        evaluation.classify(result, by);
        return evaluations.save(evaluation);
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
