package com.kamsuite.customer.loyalty.application;

import com.kamsuite.customer.account.application.AccountFeatureHistory;
import com.kamsuite.customer.account.application.DivisionAccounts;
import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.account.persistence.AccountRepository;
import com.kamsuite.customer.common.domain.Change;
import com.kamsuite.customer.loyalty.domain.AccountLoyalty;
import com.kamsuite.customer.loyalty.domain.CategoryBudget;
import com.kamsuite.customer.loyalty.domain.ChurnThresholds;
import com.kamsuite.customer.loyalty.domain.Complaint;
import com.kamsuite.customer.loyalty.domain.LoyaltyAssessment;
import com.kamsuite.customer.loyalty.domain.Survey;
import com.kamsuite.customer.loyalty.persistence.LoyaltyRepository;
import com.kamsuite.customer.master.application.CustomerMergeFollowUp;
import com.kamsuite.customer.revenue.application.Revenue;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiFunction;

/** Loyalty and churn (C7): surveys, complaints, category budgets, and the assessment as of today. */
@Service
@Order(CustomerMergeFollowUp.ACCOUNT_FEATURES)
public class Loyalty implements AccountFeatureHistory, CustomerMergeFollowUp {

    static final String SYSTEM = "system";

    private final DivisionAccounts divisionAccounts;
    private final AccountRepository accounts;
    private final LoyaltyRepository loyalties;
    private final Revenue revenue;
    private final Clock clock;
    private final ZoneId zone;

    public Loyalty(DivisionAccounts divisionAccounts, AccountRepository accounts, LoyaltyRepository loyalties,
                   Revenue revenue, Clock clock, @Value("${kam.customer.zone:Asia/Shanghai}") ZoneId zone) {
        this.divisionAccounts = divisionAccounts;
        this.accounts = accounts;
        this.loyalties = loyalties;
        this.revenue = revenue;
        this.clock = clock;
        this.zone = zone;
    }

    /** Records a survey; {@code kam.customer.satisfaction-recorded.v1} goes out with it (appraisals weigh it, T5). */
    public Survey recordSurvey(String customerId, BigDecimal score, LocalDate surveyedOn, String comment, CurrentUser user) {
        return change(customerId, user, (account, loyalty) -> loyalty.recordSurvey(
                new Survey(null, score, surveyedOn == null ? today() : surveyedOn, comment, user.personId()),
                account.ownerId(), clock.instant()));
    }

    public Complaint openComplaint(String customerId, String subject, LocalDate openedOn, CurrentUser user) {
        return change(customerId, user, (account, loyalty) -> loyalty.openComplaint(
                new Complaint(null, subject, openedOn == null ? today() : openedOn, null, null, user.personId()), clock.instant()));
    }

    public Complaint resolveComplaint(String customerId, String complaintId, LocalDate resolvedOn, String resolution, CurrentUser user) {
        return change(customerId, user, (account, loyalty) -> loyalty.resolveComplaint(complaintId,
                resolvedOn == null ? today() : resolvedOn, resolution, user.personId(), clock.instant()));
    }

    public Report setBudget(String customerId, CategoryBudget budget, CurrentUser user) {
        Account account = divisionAccounts.require(customerId, user);
        AccountLoyalty loyalty = loyaltyOf(account);
        loyalty.setBudget(budget, user.personId(), clock.instant());
        return report(account, loyalties.save(loyalty));
    }

    public record Report(Account account, AccountLoyalty loyalty, LoyaltyAssessment assessment) {
    }

    public Report report(String customerId, CurrentUser user) {
        Account account = divisionAccounts.require(customerId, user);
        return report(account, loyaltyOf(account));
    }

    /** The division's accounts at risk of churning, with their causes. */
    public List<Report> churnRisks(CurrentUser user) {
        return accounts.activeOf(user.divisionId()).stream()
                .map(account -> report(account, loyaltyOf(account)))
                .filter(report -> report.assessment().churnRisk())
                .toList();
    }

    @Override
    public List<Change> historyOf(String accountId) {
        return loyalties.find(accountId).map(AccountLoyalty::history).orElse(List.of());
    }

    /** The duplicate's loyalty in each division is taken over by the division's relationship with the survivor. */
    @Override
    public void customerMerged(String mergedId, String survivorId) {
        for (AccountLoyalty duplicate : loyalties.allDivisionsOf(mergedId)) {
            String survivorAccount = Account.idOf(survivorId, duplicate.divisionId());
            AccountLoyalty survivor = loyalties.find(survivorAccount)
                    .orElseGet(() -> AccountLoyalty.of(survivorAccount, survivorId, duplicate.divisionId()));
            if (survivor.absorb(duplicate, SYSTEM, clock.instant())) {
                loyalties.save(survivor);
            }
        }
    }

    /** Loads the caller's account and its loyalty, changes the loyalty and saves it; the change's result. */
    private <R> R change(String customerId, CurrentUser user, BiFunction<Account, AccountLoyalty, R> change) {
        Account account = divisionAccounts.require(customerId, user);
        AccountLoyalty loyalty = loyaltyOf(account);
        R result = change.apply(account, loyalty);
        loyalties.save(loyalty);
        return result;
    }

    private AccountLoyalty loyaltyOf(Account account) {
        return loyalties.find(account.id()).orElseGet(() -> AccountLoyalty.of(account.id(), account.customerId(), account.divisionId()));
    }

    private Report report(Account account, AccountLoyalty loyalty) {
        LocalDate today = today();
        LocalDate tomorrow = today.plusDays(1);
        LocalDate yearAgo = tomorrow.minusYears(1);
        var budgetNow = loyalty.budget(today.getYear());
        var budgetBefore = loyalty.budget(today.getYear() - 1);
        String currency = budgetNow.or(() -> budgetBefore).map(b -> b.budget().currency()).orElse("CNY");
        BigDecimal wonNow = revenue.won(account.divisionId(), account.customerId(), yearAgo, tomorrow, currency);
        BigDecimal wonBefore = revenue.won(account.divisionId(), account.customerId(), yearAgo.minusYears(1), yearAgo, currency);
        return new Report(account, loyalty, LoyaltyAssessment.assess(today, LocalDate.ofInstant(account.openedAt(), zone),
                wonNow, wonBefore, budgetNow.map(b -> b.budget().amount()).orElse(null),
                budgetBefore.map(b -> b.budget().amount()).orElse(null), loyalty.surveys(), loyalty.complaints(),
                ChurnThresholds.DEFAULT));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
