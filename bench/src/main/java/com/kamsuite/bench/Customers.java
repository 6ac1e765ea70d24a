package com.kamsuite.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Customers the benchmarks register, each with its own registration id and name. */
final class Customers {

    static final String ACCOUNT_MANAGER = "liu.yang";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private Customers() {
    }

    /** A registration of the {@code n}-th benchmark customer of this run, to POST to {@code baseUrl}/api/customers. */
    static HttpRequest registration(BenchContext context, String baseUrl, long n) {
        String body = """
                {"registrationId":"BENCH%s%010d","legalName":"基准测试客户 %s-%d","industry":"ENERGY","region":"SOUTH",\
                "size":"ENTERPRISE","confirmedDifferentCompany":true}""".formatted(RUN, n, RUN, n);
        return HttpLoad.request(baseUrl + "/api/customers")
                .header("Authorization", context.suite().bearer(ACCOUNT_MANAGER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Registers one customer through the gateway and answers its id. */
    static String registerOne(BenchContext context, long n) {
        HttpResponse<String> response = context.load().exchange(registration(context, context.suite().gatewayUrl(), n));
        Matcher id = ID.matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("registering a benchmark customer answered " + response.statusCode() + ": " + response.body());
        }
        return id.group(1);
    }

    /** GET {@code baseUrl}/api/customers/{id} as the account manager. */
    static HttpRequest read(BenchContext context, String baseUrl, String id) {
        return HttpLoad.request(baseUrl + "/api/customers/" + id)
                .header("Authorization", context.suite().bearer(ACCOUNT_MANAGER)).GET().build();
    }
}
