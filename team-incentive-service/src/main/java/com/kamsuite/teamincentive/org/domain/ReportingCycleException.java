package com.kamsuite.teamincentive.org.domain;

import com.kamsuite.kit.domain.ConflictException;

import java.time.LocalDate;

/** The change would make someone their own (direct or indirect) superior. */
public class ReportingCycleException extends ConflictException {

    public ReportingCycleException(String personId, String superiorId, LocalDate on) {
        super("reporting-cycle", personId + " reporting to " + superiorId + " on " + on + " makes a cycle",
                personId, superiorId, on.toString());
    }
}
