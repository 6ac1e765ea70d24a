package com.kamsuite.customer.master.benchmark;

import com.kamsuite.customer.master.application.Customers;
import com.kamsuite.customer.master.application.DuplicateSearch;
import com.kamsuite.customer.master.domain.BasicInfo;
import com.kamsuite.customer.master.domain.CompanySize;
import com.kamsuite.customer.master.domain.Customer;
import com.kamsuite.customer.master.domain.RegistrationId;
import com.kamsuite.customer.master.persistence.CustomerKeyIndex;
import com.kamsuite.customer.master.persistence.CustomerRepository;
import com.kamsuite.embedded.mongo.MongoEndpoint;
import com.kamsuite.kit.outbox.AggregateStore;
import com.kamsuite.kit.outbox.OutboxRelay;
import com.mongodb.client.MongoClients;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test: the latency of the duplicate check (C2) as the number of customers grows, on the embedded MongoDB
 * endpoint, with the production code paths (lookup keys written before the customer, {@link DuplicateSearch}).
 * Run by hand:
 * <pre>./mvnw -q -pl customer-service test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=com.kamsuite.customer.master.benchmark.DuplicateSearchBenchmark -Dexec.args="10000 50000 100000"</pre>
 * or with {@code java -cp} over the test classpath. It seeds realistic Chinese company names (city + brand + trade +
 * legal form) and measures 2,000 checks at each size: half probing an existing company under another spelling
 * (traditional characters, another legal form), half probing new names.
 */
public final class DuplicateSearchBenchmark {

    private static final String[] CITIES = {"上海", "北京", "深圳", "广州", "杭州", "南京", "苏州", "武汉", "成都", "重庆", "天津", "西安",
            "青岛", "宁波", "无锡", "长沙", "郑州", "济南", "沈阳", "大连", "厦门", "福州", "合肥", "昆明", ""};
    private static final String BRAND_CHARS = "华中国电力通达信恒安泰康宏盛隆兴昌明光正大新天鸿鑫源海洋丰利发展金银铜铁钢材科技创联合众诚远"
            + "博思睿智德仁和瑞祥福禄寿喜庆宝龙凤麒麟云山川河湖江东南西北星辰月日阳春夏秋冬松柏竹梅兰菊石玉晶宇航嘉佳美";
    private static final String[] TRADES = {"电气", "机械", "自动化", "能源", "化工", "钢铁", "建材", "电子", "科技", "重工", "电力设备",
            "环保", "物流", "汽车零部件", "精密制造", "新材料", "水务", "仪表", "电缆", "变压器"};
    private static final String[] FORMS = {"有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "集团"};

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {10_000, 50_000, 100_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        try (MongoEndpoint endpoint = MongoEndpoint.inMemory(0); var client = MongoClients.create(endpoint.connectionString())) {
            MongoTemplate mongo = new MongoTemplate(client, "kam-benchmark");
            Clock clock = Clock.systemUTC();
            var relay = new OutboxRelay(mongo, null, clock, "benchmark", Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1)); // never started
            var store = new AggregateStore(mongo, relay, clock, "/kam/benchmark", false);
            var customers = new CustomerRepository(store, mongo);
            var keys = new CustomerKeyIndex(mongo);
            var search = new DuplicateSearch(customers, keys, new Customers(customers), 0.6);

            Random random = new Random(42);
            List<String> names = new ArrayList<>();
            int seeded = 0;
            System.out.printf("%10s %12s %10s %10s %10s %12s%n", "customers", "seed s", "p50 ms", "p99 ms", "max ms", "found/1000");
            for (int size : sizes) {
                long seedStart = System.nanoTime();
                seed(customers, keys, random, names, seeded, size);
                seeded = size;
                double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
                measure(search, names, random, 200); // warm-up
                long[] latencies = new long[2_000];
                int found = measure(search, names, random, latencies.length, latencies);
                Arrays.sort(latencies);
                System.out.printf("%10d %12.1f %10.2f %10.2f %10.2f %12d%n", size, seedSeconds, latencies[latencies.length / 2] / 1e6,
                        latencies[(int) (latencies.length * 0.99)] / 1e6, latencies[latencies.length - 1] / 1e6,
                        found * 1000 / (latencies.length / 2));
            }
        }
    }

    private static void seed(CustomerRepository customers, CustomerKeyIndex keys, Random random, List<String> names, int from, int to) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = from; i < to; i++) {
                String name = name(random);
                names.add(name);
                int n = i;
                done.add(pool.submit(() -> {
                    Customer customer = Customer.register("cust-bench-" + n, new RegistrationId("BENCH" + String.format("%09d", n)),
                            new BasicInfo(name, "MACHINERY", "EAST", null, null, CompanySize.MEDIUM, null, null),
                            null, "div-bench", "bench", java.time.Instant.now());
                    keys.add(customer.id(), customer.lookupKeys());
                    customers.save(customer);
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private static int measure(DuplicateSearch search, List<String> names, Random random, int checks) {
        return measure(search, names, random, checks, new long[checks]);
    }

    /** Even checks probe an existing name respelled, odd ones a new name; returns how many respelled ones were found. */
    private static int measure(DuplicateSearch search, List<String> names, Random random, int checks, long[] latencies) {
        int found = 0;
        for (int i = 0; i < checks; i++) {
            String probe = i % 2 == 0 ? respell(names.get(random.nextInt(names.size()))) : name(random);
            long start = System.nanoTime();
            List<DuplicateSearch.Candidate> candidates = search.find(new DuplicateSearch.Probe(null, probe, null, null));
            latencies[i] = System.nanoTime() - start;
            if (i % 2 == 0 && !candidates.isEmpty()) {
                found++;
            }
        }
        return found;
    }

    private static String name(Random random) {
        return CITIES[random.nextInt(CITIES.length)] + BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length()))
                + BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length())) + BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length()))
                + TRADES[random.nextInt(TRADES.length)] + FORMS[random.nextInt(FORMS.length)];
    }

    /** The same company as a user might type it: another legal form, traditional characters, full-width brackets. */
    private static String respell(String name) {
        String base = name;
        for (String form : FORMS) {
            if (base.endsWith(form)) {
                base = base.substring(0, base.length() - form.length());
                break;
            }
        }
        return base.replace("电", "電").replace("机", "機").replace("华", "華").replace("国", "國").replace("东", "東") + "（有限公司）";
    }
}
