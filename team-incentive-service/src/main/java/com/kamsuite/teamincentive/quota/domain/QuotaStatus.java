package com.kamsuite.teamincentive.quota.domain;

public enum QuotaStatus {
    DRAFT, SUBMITTED, APPROVED
}
