package com.kamsuite.teamincentive.bonus.domain;

/** How often a plan pays out. */
public enum Periodicity {
    MONTHLY, QUARTERLY
}
