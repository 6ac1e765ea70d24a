package com.kamsuite.customer;

import com.kamsuite.embedded.test.KamArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void packagesFollowTheHouseRules() {
        KamArchitecture.verify("com.kamsuite.customer");
    }
}
