package com.kamsuite.teamincentive.org;

import com.kamsuite.embedded.test.OnContainers;

/** The same tests against real MongoDB and Kafka containers, where a Docker engine exists. */
@OnContainers
class OrganisationOnContainersTest extends OrganisationIntegrationTest {
}
