package com.kamsuite.teamincentive;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** team-incentive-service: sales organisation, territories, quotas and bonus plans (T1–T5). */
@SpringBootApplication
public class TeamIncentiveServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TeamIncentiveServiceApplication.class, args);
    }
}
