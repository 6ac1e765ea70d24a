package com.kamsuite.customer.master.web;

import com.kamsuite.customer.common.web.Access;
import com.kamsuite.customer.common.web.ChangeView;
import com.kamsuite.customer.common.web.MoneyRequest;
import com.kamsuite.customer.duplicates.domain.CompanyNames;
import com.kamsuite.customer.master.application.CustomerMerging;
import com.kamsuite.customer.master.application.CustomerRegistration;
import com.kamsuite.customer.master.application.CustomerRegistration.RegisterCustomer;
import com.kamsuite.customer.master.application.Customers;
import com.kamsuite.customer.master.application.DuplicateSearch;
import com.kamsuite.customer.master.application.MasterRecords;
import com.kamsuite.customer.master.domain.BasicInfo;
import com.kamsuite.customer.master.domain.CompanySize;
import com.kamsuite.customer.master.domain.RegistrationId;
import com.kamsuite.customer.master.web.CustomerViews.CandidateView;
import com.kamsuite.customer.master.web.CustomerViews.CustomerView;
import com.kamsuite.customer.master.web.CustomerViews.DuplicatesView;
import com.kamsuite.customer.master.web.CustomerViews.RegisteredView;
import com.kamsuite.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/customers")
@Tag(name = "Customers", description = "The group-wide customer master: registration without duplicates, basic info and its history, merging (C1, C2)")
class CustomerController {

    private final CustomerRegistration registration;
    private final DuplicateSearch duplicates;
    private final Customers customers;
    private final MasterRecords records;
    private final CustomerMerging merging;

    CustomerController(CustomerRegistration registration, DuplicateSearch duplicates, Customers customers,
                       MasterRecords records, CustomerMerging merging) {
        this.registration = registration;
        this.duplicates = duplicates;
        this.customers = customers;
        this.records = records;
        this.merging = merging;
    }

    @Schema(name = "BasicInfo")
    record BasicInfoRequest(
            @Schema(example = "上海电气集团股份有限公司") @NotBlank @Size(max = 200) String legalName,
            @Schema(example = "MACHINERY") @Size(max = 60) String industry,
            @Schema(example = "EAST") @Size(max = 60) String region,
            @Schema(example = "上海市黄浦区四川中路149号") @Size(max = 300) String address,
            @Schema(example = "+86 21 2320 6000") @Size(max = 40) String phone,
            @Schema(example = "ENTERPRISE") CompanySize size,
            @Valid MoneyRequest annualRevenue,
            @Schema(example = "40000") @Min(0) Integer employees) {

        BasicInfo toBasicInfo() {
            return new BasicInfo(legalName, industry, region, address, phone, size, MoneyRequest.toMoney(annualRevenue), employees);
        }
    }

    @Schema(name = "RegisterCustomerRequest")
    record RegisterCustomerRequest(
            @Schema(example = "91310000132223456X", description = "Unified social credit code or other registration id")
            @NotBlank @Size(max = 40) String registrationId,
            @Schema(example = "上海电气集团股份有限公司") @NotBlank @Size(max = 200) String legalName,
            @Schema(example = "MACHINERY") @Size(max = 60) String industry,
            @Schema(example = "EAST") @Size(max = 60) String region,
            @Schema(example = "上海市黄浦区四川中路149号") @Size(max = 300) String address,
            @Schema(example = "+86 21 2320 6000") @Size(max = 40) String phone,
            @Schema(example = "ENTERPRISE") CompanySize size,
            @Valid MoneyRequest annualRevenue,
            @Schema(example = "40000") @Min(0) Integer employees,
            @Schema(description = "The group company it belongs to", example = "cust-3f0c…") @Size(max = 64) String parentId,
            @Schema(description = "Set after a 409 possible-duplicate, once the caller checked the candidates are other companies",
                    example = "false") Boolean confirmedDifferentCompany) {
    }

    @Schema(name = "MergeRequest")
    record MergeRequest(
            @Schema(description = "The duplicate that becomes a redirect to this customer", example = "cust-9a1b…")
            @NotBlank @Size(max = 64) String duplicateId,
            @Schema(example = "Registered twice under the traditional and the simplified name") @Size(max = 500) String reason) {
    }

    @PostMapping
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Register a customer",
            description = "Looks the company up first (registration id, normalised name, similar names, phone, address). "
                    + "A match answers 409 with the candidates; `confirmedDifferentCompany` overrides all but the registration id. "
                    + "Opens the caller's division's relationship and assigns it by the territory rules, or queues it.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "409", description = "`duplicate-customer` (same registration id; `existing`) or `possible-duplicate` (`candidates`)")
    ResponseEntity<RegisteredView> register(@Valid @RequestBody RegisterCustomerRequest request, CurrentUser user) {
        var registered = registration.register(new RegisterCustomer(new RegistrationId(request.registrationId()),
                        new BasicInfo(request.legalName(), request.industry(), request.region(), request.address(), request.phone(),
                                request.size(), MoneyRequest.toMoney(request.annualRevenue()), request.employees()),
                        request.parentId(), Boolean.TRUE.equals(request.confirmedDifferentCompany())),
                user, CustomerView::of, CandidateView::of);
        var customer = registered.customer();
        return ResponseEntity.created(URI.create("/api/customers/" + customer.id()))
                .body(new RegisteredView(CustomerView.of(customer), registered.ownerId(), registered.unassigned()));
    }

    @GetMapping("/duplicates")
    @PreAuthorize(Access.READ)
    @Operation(summary = "Check for duplicates before creating",
            description = "The customers a company with this name (and optionally registration id, phone, address) may duplicate.")
    DuplicatesView duplicates(
            @Parameter(example = "華為技術有限公司") @RequestParam @NotBlank @Size(max = 200) String name,
            @Parameter(example = "914403001922038216") @RequestParam(required = false) @Size(max = 40) String registrationId,
            @Parameter(example = "0755-28780808") @RequestParam(required = false) @Size(max = 40) String phone,
            @Parameter(example = "深圳市龙岗区坂田华为基地") @RequestParam(required = false) @Size(max = 300) String address) {
        String normalizedRegistrationId = registrationId == null || registrationId.isBlank() ? null : new RegistrationId(registrationId).value();
        List<CandidateView> candidates = duplicates.find(new DuplicateSearch.Probe(normalizedRegistrationId, name, phone, address))
                .stream().map(CandidateView::of).toList();
        return new DuplicatesView(CompanyNames.normalize(name), candidates);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.READ)
    @Operation(summary = "Read a customer master record", description = "The id of a merged duplicate answers its survivor.")
    CustomerView get(@PathVariable String id) {
        return CustomerView.of(customers.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.WRITE)
    @Operation(summary = "Update the basic information", description = "Every changed field is kept in the history.")
    CustomerView update(@PathVariable String id, @Valid @RequestBody BasicInfoRequest request, CurrentUser user) {
        return CustomerView.of(records.updateBasic(id, request.toBasicInfo(), user));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Access.READ)
    @Operation(summary = "The history of the master record", description = "Who changed what when, old → new.")
    List<ChangeView> history(@PathVariable String id) {
        return customers.get(id).history().stream().map(ChangeView::of).toList();
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize(Access.OPERATIONS)
    @Operation(summary = "Merge a duplicate into this customer",
            description = "The duplicate becomes a redirect; `kam.customer.merged.v1` tells every service to repoint. "
                    + "Each division's relationship, the children and the revenue of the duplicate follow shortly.")
    @ApiResponse(responseCode = "409", description = "`customer-merged`, `merge-into-itself` or `merge-within-hierarchy`")
    CustomerView merge(@PathVariable String id, @Valid @RequestBody MergeRequest request, CurrentUser user) {
        return CustomerView.of(merging.merge(id, request.duplicateId(), request.reason(), user));
    }
}
