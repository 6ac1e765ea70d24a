package com.kamsuite.kit.outbox;

import com.kamsuite.embedded.test.OnContainers;

/** The same outbox tests against real MongoDB and Kafka containers, where a Docker engine exists. */
@OnContainers
class OutboxOnContainersTest extends OutboxIntegrationTest {
}
