package com.kamsuite.customer.master;

import com.kamsuite.embedded.test.OnContainers;

/** The same tests against real MongoDB and Kafka containers, where a Docker engine exists. */
@OnContainers
class CustomerRegistrationOnContainersTest extends CustomerRegistrationIntegrationTest {
}
