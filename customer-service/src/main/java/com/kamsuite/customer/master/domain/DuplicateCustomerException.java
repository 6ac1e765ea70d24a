package com.kamsuite.customer.master.domain;

import com.kamsuite.kit.domain.ConflictException;

/** A customer with the same registration id exists already: creating it again would make a duplicate. */
public class DuplicateCustomerException extends ConflictException {

    public DuplicateCustomerException(String registrationId, Object existing, Object candidates) {
        super("duplicate-customer", "a customer with registration id " + registrationId + " exists already", registrationId);
        with("existing", existing);
        with("candidates", candidates);
    }
}
