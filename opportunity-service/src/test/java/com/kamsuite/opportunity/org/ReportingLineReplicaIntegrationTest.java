package com.kamsuite.opportunity.org;

import com.kamsuite.embedded.test.TopicReader;
import com.kamsuite.kit.messaging.WrongDivisionException;
import com.kamsuite.opportunity.OpportunityServiceIntegrationTest;
import com.kamsuite.opportunity.org.persistence.ReportingLines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The reporting-line replica keeps each person in the division it first learnt, whatever a later event claims. */
class ReportingLineReplicaIntegrationTest extends OpportunityServiceIntegrationTest {

    private static final LocalDate DAY = LocalDate.parse("2026-06-01");

    @Autowired
    ReportingLines reportingLines;

    @Test
    void aReportingLineOfAnotherDivisionThanTheOneHeldForThePersonIsDeadLetteredAndLaterRealOnesStillApply() throws Exception {
        String division = newDivision();
        String forger = newDivision();
        String person = "li.lei." + division;
        reportingLine(person, division, "boss.one", 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reportingLines.find(person, division)).isPresent());

        reportingLine(person, forger, "mallory", 2);
        var dead = TopicReader.read(String.join(",", kafkaConnection.getBootstrapServers()), "kam.org.v1.opportunity-service.dlt",
                keyed(person), 1);

        assertThat(dead).hasSize(1);
        assertThat(TopicReader.header(dead.get(0), "kafka_dlt-exception-cause-fqcn")).isEqualTo(WrongDivisionException.class.getName());
        assertThat(reportingLines.find(person, forger)).isEmpty();
        assertThat(reportingLines.find(person, division).flatMap(line -> line.superiorOn(DAY))).contains("boss.one");

        reportingLine(person, division, "boss.two", 3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(reportingLines.find(person, division).flatMap(line -> line.superiorOn(DAY))).contains("boss.two"));
    }
}
