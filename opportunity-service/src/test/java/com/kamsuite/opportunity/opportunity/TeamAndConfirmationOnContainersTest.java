package com.kamsuite.opportunity.opportunity;

import com.kamsuite.embedded.test.OnContainers;

/** The same tests against real MongoDB and Kafka containers, where a Docker engine exists. */
@OnContainers
class TeamAndConfirmationOnContainersTest extends TeamAndConfirmationIntegrationTest {
}
