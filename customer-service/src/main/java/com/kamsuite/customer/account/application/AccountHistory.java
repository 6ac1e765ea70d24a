package com.kamsuite.customer.account.application;

import com.kamsuite.customer.account.domain.Account;
import com.kamsuite.customer.classification.application.AccountClassification;
import com.kamsuite.customer.common.domain.Change;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * The history of the division's archive of a customer, as one: the account's own, its evaluation's and that of
 * every feature kept beside it (loyalty, plans), merged by time.
 */
@Service
public class AccountHistory {

    private final DivisionAccounts accounts;
    private final AccountClassification classification;
    private final List<AccountFeatureHistory> features;

    public AccountHistory(DivisionAccounts accounts, AccountClassification classification, List<AccountFeatureHistory> features) {
        this.accounts = accounts;
        this.classification = classification;
        this.features = features;
    }

    /** Oldest first; personal data masked when {@code redact}. */
    public List<Change> of(String customerId, CurrentUser user, boolean redact) {
        Account account = accounts.require(customerId, user);
        List<Change> all = new ArrayList<>(account.history());
        all.addAll(classification.historyOf(account.id()));
        features.forEach(feature -> all.addAll(feature.historyOf(account.id())));
        all.sort(Change.BY_TIME);
        return redact ? all.stream().map(Change::redacted).toList() : List.copyOf(all);
    }
}
