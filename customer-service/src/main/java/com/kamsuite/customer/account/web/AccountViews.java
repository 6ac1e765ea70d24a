package com.kamsuite.customer.account.web;

import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.classification.application.AccountClassification;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Shows an account as the web answers it: with its evaluation, read from the classification feature. */
@Component
public class AccountViews {

    private final AccountClassification classification;

    AccountViews(AccountClassification classification) {
        this.classification = classification;
    }

    public AccountView of(Account account, CurrentUser user) {
        return AccountView.of(account, classification.evaluationOf(account.id(), account.customerId(), account.divisionId()), user);
    }
}
