package vn.dacsan.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load generator: {@code clients} threads each run operations back to back for a
 * warm-up and then a fixed measured duration. Bounded in time and in count (maxOps per run).
 */
final class LoadRunner {

    /** One operation; {@code i} is its sequence number (used to walk the query mix). */
    interface Op {
        void run(int i) throws Exception;
    }

    /** Latency in milliseconds; throughput in operations per second. */
    record Result(String name, int clients, long ops, long errors, double seconds, double p50, double p95,
                  double p99, double mean, double max, String firstError, double loadAverage) {
        double throughput() {
            return seconds <= 0 ? 0 : ops / seconds;
        }
    }

    private static final int MAX_SAMPLES_PER_THREAD = 2_000_000;

    private LoadRunner() {
    }

    static Result run(String name, int clients, Duration warmup, Duration measure, Op op) {
        CountDownLatch start = new CountDownLatch(1);
        long[][] samples = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            final int thread = t;
            Thread worker = new Thread(() -> {
                long[] mine = new long[4096];
                int n = 0;
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long warmEnd = window[0];
                long end = window[1];
                int i = thread;
                while (!Thread.currentThread().isInterrupted()) {
                    long begin = System.nanoTime();
                    if (begin >= end || n >= MAX_SAMPLES_PER_THREAD) {
                        break;
                    }
                    boolean ok = true;
                    try {
                        op.run(i);
                    } catch (Exception | AssertionError e) {
                        ok = false;
                        if (begin >= warmEnd) {
                            errors.incrementAndGet();
                        }
                        firstError.compareAndSet(null, e.toString());
                    }
                    long done = System.nanoTime();
                    if (begin >= warmEnd && ok && done <= end) {
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, mine.length * 2);
                        }
                        mine[n++] = done - begin;
                    }
                    i += clients;
                }
                samples[thread] = mine;
                counts[thread] = n;
            }, "bench-" + name + "-" + t);
            worker.setDaemon(true);
            threads.add(worker);
            worker.start();
        }
        long now = System.nanoTime();
        window[0] = now + warmup.toNanos();
        window[1] = window[0] + measure.toNanos();
        start.countDown();
        long joinDeadline = window[1] + Duration.ofSeconds(60).toNanos();
        for (Thread worker : threads) {
            try {
                long left = Math.max(1, (joinDeadline - System.nanoTime()) / 1_000_000);
                worker.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (worker.isAlive()) {
                worker.interrupt();
            }
        }
        int total = 0;
        for (int t = 0; t < clients; t++) {
            total += samples[t] == null ? 0 : counts[t];
        }
        long[] all = new long[total];
        int k = 0;
        for (int t = 0; t < clients; t++) {
            if (samples[t] != null) {
                System.arraycopy(samples[t], 0, all, k, counts[t]);
                k += counts[t];
            }
        }
        Arrays.sort(all);
        double seconds = measure.toNanos() / 1e9;
        double mean = 0;
        for (long v : all) {
            mean += v;
        }
        mean = total == 0 ? 0 : mean / total / 1e6;
        Result result = new Result(name, clients, total, errors.get(), seconds, pct(all, 0.50), pct(all, 0.95),
                pct(all, 0.99), mean, total == 0 ? 0 : all[total - 1] / 1e6, firstError.get(), loadAverage());
        System.out.printf("  %-34s c=%-2d ops=%-7d err=%-4d %8.1f/s  p50 %7.2f  p95 %7.2f  p99 %7.2f ms  load %.1f%n",
                name, clients, total, result.errors(), result.throughput(), result.p50(), result.p95(), result.p99(),
                result.loadAverage());
        if (result.errors() > 0) {
            System.out.println("    first error: " + result.firstError());
        }
        return result;
    }

    /** User and system CPU time of a process so far, in ms, from /proc (Linux); -1 where it is missing. */
    static long cpuMillis(long pid) {
        try {
            return cpuMillis(statFields(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"))));
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The fields of a /proc/<pid>/stat line after the command name: the state first, then the parent's pid. */
    private static String[] statFields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    private static long cpuMillis(String[] statFields) {
        // fields 14 and 15 of the line (utime, stime), counted after the command name; clock ticks of 10 ms
        return (Long.parseLong(statFields[11]) + Long.parseLong(statFields[12])) * 10;
    }

    /**
     * CPU time so far of the kernel's own threads (the children of {@code kthreadd}: memory
     * reclaim and monitoring such as {@code kdamond}, {@code kworker}s, soft interrupts), by
     * thread name, in milliseconds; empty where /proc cannot be read. They take the cores from
     * the server and the load generator as any process does, but no process's figures show them.
     */
    static Map<String, Long> kernelThreadsCpuMillis() {
        Map<String, Long> byName = new java.util.TreeMap<>();
        try (java.nio.file.DirectoryStream<java.nio.file.Path> procs =
                     java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("/proc"), "[0-9]*")) {
            for (java.nio.file.Path proc : procs) {
                String stat;
                try {
                    stat = java.nio.file.Files.readString(proc.resolve("stat"));
                } catch (java.io.IOException | RuntimeException gone) {
                    continue;
                }
                String[] fields = statFields(stat);
                boolean kernel = "2".equals(fields[1]) || "2".equals(proc.getFileName().toString());
                if (kernel) {
                    // kworker/1:0-events, ksoftirqd/1: one entry per kind, whatever the CPU or the work
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("/.*", "");
                    byName.merge(name, cpuMillis(fields), Long::sum);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return Map.of();
        }
        return byName;
    }

    /** The machine's 1-minute load average (NaN where /proc/loadavg is missing). */
    static double loadAverage() {
        try {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"));
            return Double.parseDouble(text.split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
