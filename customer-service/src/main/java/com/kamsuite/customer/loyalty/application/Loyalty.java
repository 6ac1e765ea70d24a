package com.kamsuite.customer.loyalty.application;

import com.kamsuite.customer.account.application.DivisionAccounts;
import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.account.persistence.AccountRepository;
import com.kamsuite.customer.loyalty.domain.CategoryBudget;
import com.kamsuite.customer.loyalty.domain.ChurnThresholds;
import com.kamsuite.customer.loyalty.domain.Complaint;
import com.kamsuite.customer.loyalty.domain.LoyaltyAssessment;
import com.kamsuite.customer.loyalty.domain.Survey;
import com.kamsuite.customer.revenue.application.Revenue;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Loyalty and churn (C7): surveys, complaints, category budgets, and the assessment as of today. */
@Service
public class Loyalty {

    private final DivisionAccounts divisionAccounts;
    private final AccountRepository accounts;
    private final Revenue revenue;
    private final Clock clock;
    private final ZoneId zone;

    public Loyalty(DivisionAccounts divisionAccounts, AccountRepository accounts, Revenue revenue, Clock clock,
                   @Value("${kam.customer.zone:Asia/Shanghai}") ZoneId zone) {
        this.divisionAccounts = divisionAccounts;
        this.accounts = accounts;
        this.revenue = revenue;
        this.clock = clock;
        this.zone = zone;
    }

    /** Records a survey; {@code kam.customer.satisfaction-recorded.v1} goes out with it (appraisals weigh it, T5). */
    public Survey recordSurvey(String customerId, BigDecimal score, LocalDate surveyedOn, String comment, CurrentUser user) {
        AtomicReference<Survey> added = new AtomicReference<>();
        divisionAccounts.update(customerId, user, account -> added.set(account.recordSurvey(
                new Survey(null, score, surveyedOn == null ? today() : surveyedOn, comment, user.personId()), clock.instant())));
        return added.get();
    }

    public Complaint openComplaint(String customerId, String subject, LocalDate openedOn, CurrentUser user) {
        AtomicReference<Complaint> added = new AtomicReference<>();
        divisionAccounts.update(customerId, user, account -> added.set(account.openComplaint(
                new Complaint(null, subject, openedOn == null ? today() : openedOn, null, null, user.personId()), clock.instant())));
        return added.get();
    }

    public Complaint resolveComplaint(String customerId, String complaintId, LocalDate resolvedOn, String resolution, CurrentUser user) {
        AtomicReference<Complaint> resolved = new AtomicReference<>();
        divisionAccounts.update(customerId, user, account -> resolved.set(account.resolveComplaint(complaintId,
                resolvedOn == null ? today() : resolvedOn, resolution, user.personId(), clock.instant())));
        return resolved.get();
    }

    public Account setBudget(String customerId, CategoryBudget budget, CurrentUser user) {
        return divisionAccounts.update(customerId, user, account -> account.setBudget(budget, user.personId(), clock.instant()));
    }

    public record Report(Account account, LoyaltyAssessment assessment) {
    }

    public Report report(String customerId, CurrentUser user) {
        Account account = divisionAccounts.require(customerId, user);
        return new Report(account, assess(account));
    }

    /** The division's accounts at risk of churning, with their causes. */
    public List<Report> churnRisks(CurrentUser user) {
        return accounts.activeOf(user.divisionId()).stream()
                .map(account -> new Report(account, assess(account)))
                .filter(report -> report.assessment().churnRisk())
                .toList();
    }

    private LoyaltyAssessment assess(Account account) {
        LocalDate today = today();
        LocalDate tomorrow = today.plusDays(1);
        LocalDate yearAgo = tomorrow.minusYears(1);
        var budgetNow = account.budget(today.getYear());
        var budgetBefore = account.budget(today.getYear() - 1);
        String currency = budgetNow.or(() -> budgetBefore).map(b -> b.budget().currency()).orElse("CNY");
        BigDecimal wonNow = revenue.won(account.divisionId(), account.customerId(), yearAgo, tomorrow, currency);
        BigDecimal wonBefore = revenue.won(account.divisionId(), account.customerId(), yearAgo.minusYears(1), yearAgo, currency);
        return LoyaltyAssessment.assess(today, LocalDate.ofInstant(account.openedAt(), zone), wonNow, wonBefore,
                budgetNow.map(b -> b.budget().amount()).orElse(null), budgetBefore.map(b -> b.budget().amount()).orElse(null),
                account.surveys(), account.complaints(), ChurnThresholds.DEFAULT);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
