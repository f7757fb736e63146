package vn.dacsan.bench;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Checkout under contention: many anonymous buyers at once POST /api/v1/orders (each with its own
 * Idempotency-Key) for a few products with limited stock, until every product answers "out of
 * stock" or the time is up. Afterwards the database must show no product below zero and, per
 * product, units sold in order items = initial stock − remaining stock = units the API confirmed.
 */
final class CheckoutRun {

    /** What the buyers saw. Latencies in ms, sorted. */
    record Outcome(int clients, double seconds, int placed, int outOfStock, int otherErrors, String firstError,
                   long[] unitsConfirmed, double[] latencies, int notSoldOut) {
        double ordersPerSecond() {
            return seconds <= 0 ? 0 : placed / seconds;
        }
    }

    /** One product as the database shows it after the run. */
    record Audit(long productId, int initial, int remaining, long soldInOrders, long confirmed) {
        long oversold() {
            return Math.max(0, soldInOrders - initial) + Math.max(0, -remaining);
        }

        boolean consistent() {
            return remaining >= 0 && initial - remaining == soldInOrders && soldInOrders == confirmed;
        }
    }

    private final ApiClient api;
    private final List<ApprovalRun.Listing> products;

    CheckoutRun(ApiClient api, List<ApprovalRun.Listing> products) {
        this.api = api;
        this.products = products;
    }

    Outcome run(int clients, Duration limit) throws InterruptedException {
        int n = products.size();
        AtomicIntegerArray soldOut = new AtomicIntegerArray(n);
        long[] confirmed = new long[n];
        AtomicInteger placed = new AtomicInteger();
        AtomicInteger outOfStock = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<double[]> perThread = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (int t = 0; t < clients; t++) {
            int thread = t;
            double[] mine = new double[10_000];
            perThread.add(mine);
            Thread buyer = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < window[1] && counts[thread] < mine.length) {
                    List<Integer> open = new ArrayList<>();
                    for (int p = 0; p < n; p++) {
                        if (soldOut.get(p) == 0) {
                            open.add(p);
                        }
                    }
                    if (open.isEmpty()) {
                        return;
                    }
                    int p = open.get(random.nextInt(open.size()));
                    ApprovalRun.Listing product = products.get(p);
                    int quantity = 1 + random.nextInt(3);
                    long begin = System.nanoTime();
                    try {
                        HttpResponse<String> answer = api.send("POST", "/api/v1/orders", order(product, quantity, thread),
                                "Idempotency-Key", UUID.randomUUID().toString());
                        mine[counts[thread]++] = (System.nanoTime() - begin) / 1e6;
                        if (answer.statusCode() == 201) {
                            placed.incrementAndGet();
                            synchronized (confirmed) {
                                confirmed[p] += quantity;
                            }
                        } else if (answer.statusCode() == 409 && outOfStock(answer.body())) {
                            outOfStock.incrementAndGet();
                            if (available(answer.body()) == 0) {
                                soldOut.set(p, 1);
                            }
                        } else {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, answer.statusCode() + " " + ApiClient.abbreviate(answer.body()));
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }
            }, "bench-buyer-" + t);
            buyer.setDaemon(true);
            threads.add(buyer);
            buyer.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + limit.toNanos();
        start.countDown();
        for (Thread buyer : threads) {
            buyer.join(Math.max(1, (window[1] + Duration.ofSeconds(60).toNanos() - System.nanoTime()) / 1_000_000));
            buyer.interrupt();
        }
        long last = System.nanoTime();
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        double[] all = new double[total];
        int k = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(perThread.get(t), 0, all, k, counts[t]);
            k += counts[t];
        }
        Arrays.sort(all);
        int unsold = 0;
        for (int p = 0; p < n; p++) {
            unsold += soldOut.get(p) == 0 ? 1 : 0;
        }
        return new Outcome(clients, (last - window[0]) / 1e9, placed.get(), outOfStock.get(), errors.get(),
                firstError.get(), confirmed, all, unsold);
    }

    /** Reads stock and order items straight from the database (after the app has stopped). */
    List<Audit> audit(DataSource db, Outcome outcome) throws SQLException {
        List<Audit> audits = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement stock = c.prepareStatement("select stock from product where id = ?");
             PreparedStatement sold = c.prepareStatement("select coalesce(sum(quantity), 0) from order_item where product_id = ?")) {
            for (int p = 0; p < products.size(); p++) {
                ApprovalRun.Listing product = products.get(p);
                stock.setLong(1, product.id());
                sold.setLong(1, product.id());
                int remaining;
                long inOrders;
                try (ResultSet rs = stock.executeQuery()) {
                    rs.next();
                    remaining = rs.getInt(1);
                }
                try (ResultSet rs = sold.executeQuery()) {
                    rs.next();
                    inOrders = rs.getLong(1);
                }
                audits.add(new Audit(product.id(), product.stock(), remaining, inOrders, outcome.unitsConfirmed()[p]));
            }
        }
        return audits;
    }

    private static boolean outOfStock(String body) {
        JsonObject problem = ApiClient.object(body);
        return "out-of-stock".equals(problem.getString("parameter", "")) && problem.containsKey("items");
    }

    private static int available(String body) {
        return ApiClient.object(body).getJsonArray("items").getJsonObject(0).getInt("available");
    }

    private static String order(ApprovalRun.Listing product, int quantity, int buyer) {
        return "{\"items\":[{\"productId\":" + product.id() + ",\"quantity\":" + quantity + ",\"expectedPriceVnd\":"
                + product.priceVnd() + "}],\"buyer\":{\"name\":\"Khách thử " + buyer + "\",\"phone\":\"0912 345 "
                + String.format("%03d", buyer % 1000) + "\",\"email\":null},\"address\":{\"provinceCode\":\"vinh-long\","
                + "\"communeCode\":\"vinh-long.an-hoi\",\"street\":\"Ấp 3, số " + (buyer + 1) + "\",\"note\":null},"
                + "\"payment\":\"COD\"}";
    }
}
