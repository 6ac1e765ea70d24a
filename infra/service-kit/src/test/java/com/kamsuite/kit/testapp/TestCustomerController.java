package com.kamsuite.kit.testapp;

import com.kamsuite.kit.domain.NotFoundException;
import com.kamsuite.kit.domain.RuleViolationException;
import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.kit.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/test-customers")
class TestCustomerController {

    private final AggregateStore store;

    TestCustomerController(AggregateStore store) {
        this.store = store;
    }

    record RegisterRequest(@NotBlank @Size(max = 200) String legalName, String division, LocalDate foundedOn) {
    }

    record CustomerView(String id, String legalName, String division) {
    }

    /** The division comes from the token; a {@code division} in the body is ignored. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CustomerView register(@Valid @RequestBody RegisterRequest request, CurrentUser user) {
        if (request.legalName().equals("forbidden-name")) {
            throw new RuleViolationException("name-refused", "the name is refused by a rule");
        }
        TestCustomer registered = TestCustomer.register(UUID.randomUUID().toString(), request.legalName(), user.divisionId());
        registered.foundedOn(request.foundedOn());
        TestCustomer customer = store.save(registered);
        return new CustomerView(customer.id(), customer.legalName(), user.divisionId());
    }

    /** A constrained path variable beside a validated body: Spring validates both as method parameters. */
    @PostMapping("/{code}/aliases")
    @ResponseStatus(HttpStatus.CREATED)
    String alias(@PathVariable @Pattern(regexp = "[a-z]+") String code, @Valid @RequestBody RegisterRequest request) {
        return code + ":" + request.legalName();
    }

    @GetMapping
    String search(@RequestParam String name) {
        return name;
    }

    @GetMapping("/{id}")
    CustomerView get(@PathVariable String id, CurrentUser user) {
        TestCustomer customer = store.findById(TestCustomer.class, id).orElseThrow(() -> new NotFoundException("customer", id));
        return new CustomerView(customer.id(), customer.legalName(), user.divisionId());
    }

    @PostMapping("/approvals")
    @PreAuthorize("hasRole('FINANCE')")
    String approve() {
        return "approved";
    }
}
