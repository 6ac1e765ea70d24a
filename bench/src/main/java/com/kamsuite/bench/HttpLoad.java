package com.kamsuite.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * The load generator: HTTP/1.1 over java.net.http with kept-alive connections, latencies in an HdrHistogram
 * (microseconds). Two shapes of load: a fixed number of clients that each send their next request when the last one
 * is answered (throughput), and a fixed arrival rate whatever the answers do (latency; each latency is counted from
 * when the request was due, so a stall is not hidden by the requests it held back).
 */
public final class HttpLoad {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;

    HttpLoad() {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
    }

    /** {@code concurrency} clients back to back: {@code warmUp} unrecorded, then {@code measure} recorded. */
    public Result closedLoop(int concurrency, Duration warmUp, Duration measure, LongFunction<HttpRequest> requests) {
        Recording recording = new Recording();
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long recordFrom = start + warmUp.toNanos();
        long end = recordFrom + measure.toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    int status = send(requests.apply(sequence.getAndIncrement()));
                    long answered = System.nanoTime();
                    if (sent >= recordFrom && answered <= end) {
                        recording.record(status, answered - sent);
                    }
                }
            }, "bench-client-" + i);
            client.start();
            clients.add(client);
        }
        clients.forEach(HttpLoad::join);
        return recording.result("%d concurrent".formatted(concurrency), measure, sequence.get());
    }

    /** {@code perSecond} requests a second, evenly spaced, whatever the answers do. */
    public Result fixedRate(double perSecond, Duration warmUp, Duration measure, LongFunction<HttpRequest> requests) {
        Recording recording = new Recording();
        long interval = (long) (1_000_000_000L / perSecond);
        long start = System.nanoTime();
        long recordFrom = start + warmUp.toNanos();
        long end = recordFrom + measure.toNanos();
        ExecutorService senders = Executors.newCachedThreadPool();
        LongAdder outstanding = new LongAdder();
        for (long n = 0; ; n++) {
            long due = start + n * interval;
            if (due >= end) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = requests.apply(n);
            outstanding.increment();
            senders.execute(() -> {
                int status = send(request);
                long answered = System.nanoTime();
                if (due >= recordFrom) {
                    recording.record(status, answered - due);
                }
                outstanding.decrement();
            });
        }
        senders.shutdown();
        try {
            senders.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return recording.result("%.0f req/s".formatted(perSecond), measure, (end - start) / interval);
    }

    /** One request, answered synchronously: its status, or 0 when no answer came (refused, reset, timed out). */
    public int send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** One request, answered synchronously, with its body. */
    public HttpResponse<String> exchange(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(java.net.URI.create(url)).timeout(REQUEST_TIMEOUT);
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Recording {
        private final Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3);
        private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

        void record(int status, long nanos) {
            latencies.recordValue(Math.min(latencies.getHighestTrackableValue(), Math.max(1, nanos / 1_000)));
            statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
        }

        Result result(String load, Duration measured, long sent) {
            Map<Integer, Long> counts = new java.util.TreeMap<>();
            statuses.forEach((status, count) -> counts.put(status, count.sum()));
            return new Result(load, measured, counts, latencies.copy(), sent);
        }
    }

    /**
     * @param load     the load, e.g. "32 concurrent"
     * @param measured how long it was recorded
     * @param statuses answers by status; 0 counts requests that got none
     * @param sent     every request sent, the warm-up's included
     */
    public record Result(String load, Duration measured, Map<Integer, Long> statuses, Histogram latencies, long sent) {

        public long answered() {
            return statuses.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(int status) {
            return statuses.getOrDefault(status, 0L);
        }

        /** Answers with a 2xx status a second. */
        public double throughput() {
            long ok = statuses.entrySet().stream().filter(e -> e.getKey() / 100 == 2).mapToLong(Map.Entry::getValue).sum();
            return ok / (measured.toNanos() / 1e9);
        }

        public double percentileMillis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1_000.0;
        }

        /** The statuses that were not 2xx, e.g. "0 × 503" when there were none of those. */
        public String failures() {
            long failed = statuses.entrySet().stream().filter(e -> e.getKey() / 100 != 2).mapToLong(Map.Entry::getValue).sum();
            if (failed == 0) {
                return "0 failed";
            }
            StringBuilder text = new StringBuilder();
            statuses.forEach((status, count) -> {
                if (status / 100 != 2) {
                    text.append(text.isEmpty() ? "" : ", ").append(count).append(" × ").append(status == 0 ? "no answer" : status);
                }
            });
            return text.toString();
        }
    }
}
