package com.kamsuite.customer.master.web;

import com.kamsuite.customer.master.application.CustomerRegistration;
import com.kamsuite.customer.master.application.CustomerRegistration.RegisterCustomer;
import com.kamsuite.customer.master.domain.CompanySize;
import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.customer.master.domain.RegistrationId;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;

@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "The customer master (C1, C2)")
class CustomerController {

    private final CustomerRegistration registration;

    CustomerController(CustomerRegistration registration) {
        this.registration = registration;
    }

    @Schema(name = "RegisterCustomerRequest")
    record RegisterCustomerRequest(
            @Schema(example = "91310000MA1FL0000X", description = "Unified social credit code or other registration id")
            @NotBlank @Size(max = 40) String registrationId,
            @Schema(example = "上海电气集团股份有限公司") @NotBlank @Size(max = 200) String legalName,
            @Schema(example = "MACHINERY") @Size(max = 60) String industry,
            @Schema(example = "EAST") @Size(max = 60) String region,
            CompanySize size) {
    }

    @Schema(name = "Customer")
    record CustomerView(String id, String registrationId, String legalName, String industry, String region,
                        CompanySize size, String parentId, Instant registeredAt) {

        static CustomerView of(Customer customer) {
            return new CustomerView(customer.id(), customer.registrationId(), customer.legalName(), customer.industry(),
                    customer.region(), customer.size(), customer.parentId(), customer.registeredAt());
        }
    }

    @PostMapping
    @Operation(summary = "Register a customer", description = "Refused with 409 and the existing customer when the registration id is taken.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "409", description = "A customer with this registration id exists; the body's `existing` is it")
    ResponseEntity<CustomerView> register(@Valid @RequestBody RegisterCustomerRequest request, CurrentUser user) {
        Customer customer = registration.register(new RegisterCustomer(new RegistrationId(request.registrationId()),
                request.legalName(), request.industry(), request.region(), request.size()), user, CustomerView::of);
        return ResponseEntity.created(URI.create("/api/customers/" + customer.id())).body(CustomerView.of(customer));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a customer master record")
    CustomerView get(@PathVariable String id) {
        return CustomerView.of(registration.get(id));
    }
}
