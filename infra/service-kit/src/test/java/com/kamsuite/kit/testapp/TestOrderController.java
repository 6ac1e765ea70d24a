package com.kamsuite.kit.testapp;

import com.kamsuite.kit.domain.ConflictException;
import com.kamsuite.kit.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A creating endpoint that counts how often it really executed, and can be held mid-way, for the Idempotency-Key tests. */
@RestController
@RequestMapping("/test-orders")
public class TestOrderController {

    public final AtomicInteger executions = new AtomicInteger();
    /** While set, each execution waits for it (after counting down {@link #entered}). */
    public volatile CountDownLatch gate;
    public volatile CountDownLatch entered = new CountDownLatch(0);

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, Object> order, CurrentUser user) throws InterruptedException {
        int number = executions.incrementAndGet();
        entered.countDown();
        CountDownLatch waitFor = gate;
        if (waitFor != null && !waitFor.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
        return ResponseEntity.created(URI.create("/test-orders/" + number))
                .header("X-Order-Number", String.valueOf(number))
                .body(Map.of("number", number, "order", order, "by", user.personId()));
    }

    @PostMapping("/failing")
    Map<String, Object> failing(@RequestBody Map<String, Object> order) {
        executions.incrementAndGet();
        throw new IllegalStateException("a failure on our side");
    }

    @PostMapping("/conflicting")
    Map<String, Object> conflicting(@RequestBody Map<String, Object> order) {
        executions.incrementAndGet();
        throw new ConflictException("concurrent-update", "someone else changed it");
    }
}
