package vn.dacsan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loopback load runs through wrk (Debian package {@code wrk}) when it is installed: a C load
 * generator costs the two shared cores far less per request than Java HTTP clients do, so the
 * server under test gets the CPU. It walks the given paths in turn, on {@code clients} keep-alive
 * connections, first for the warm-up (discarded) and then for the measured time. Latency
 * percentiles come from wrk's own histogram through a Lua {@code done} hook.
 */
final class WrkLoad {

    private static final Pattern SUMMARY = Pattern.compile(
            "WRK requests=(\\d+) seconds=([\\d.]+) errors=(\\d+) status=(\\d+) p50=([\\d.]+) p95=([\\d.]+)"
                    + " p99=([\\d.]+) mean=([\\d.]+) max=([\\d.]+)");

    private final Path wrk;
    private final Path workDir;

    private WrkLoad(Path wrk, Path workDir) {
        this.wrk = wrk;
        this.workDir = workDir;
    }

    /**
     * wrk from {@code -Dbench.wrk} (a path, or {@code false} for the Java load generator), else
     * from the PATH; empty when there is none.
     */
    static Optional<WrkLoad> find(Path workDir) {
        String chosen = System.getProperty("bench.wrk", "").trim();
        if ("false".equalsIgnoreCase(chosen)) {
            return Optional.empty();
        }
        if (!chosen.isEmpty()) {
            Path path = Path.of(chosen);
            if (!Files.isExecutable(path)) {
                throw new IllegalArgumentException("bench.wrk names no executable: " + chosen);
            }
            return Optional.of(new WrkLoad(path, workDir));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "wrk");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new WrkLoad(candidate, workDir));
            }
        }
        return Optional.empty();
    }

    /** What the report names as the load generator. */
    String describe() {
        try {
            Process p = new ProcessBuilder(wrk.toString(), "-v").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(5, TimeUnit.SECONDS);
            String first = out.lines().findFirst().orElse("wrk").replaceAll("\\s*\\[.*", "").trim();
            return first.isEmpty() ? "wrk" : first;
        } catch (IOException e) {
            return "wrk";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "wrk";
        }
    }

    /** Load that is not measured (warm-up). */
    void warm(String name, String base, List<String> paths, int clients, Duration time)
            throws IOException, InterruptedException {
        if (!time.isZero()) {
            wrk(script(name, paths), base, clients, Math.max(1, Math.min(clients, 2)), time);
        }
    }

    /** Warm-up, then the measured run; {@code paths} start with a slash and are already URL-encoded. */
    LoadRunner.Result run(String name, String base, List<String> paths, int clients, Duration warmup, Duration measure)
            throws IOException, InterruptedException {
        Path script = script(name, paths);
        int threads = Math.max(1, Math.min(clients, Math.min(2, Runtime.getRuntime().availableProcessors())));
        if (!warmup.isZero()) {
            wrk(script, base, clients, threads, warmup);
        }
        String out = wrk(script, base, clients, threads, measure);
        Matcher m = SUMMARY.matcher(out);
        if (!m.find()) {
            throw new IOException("wrk printed no summary for " + name + ":\n" + out);
        }
        long requests = Long.parseLong(m.group(1));
        long errors = Long.parseLong(m.group(3)) + Long.parseLong(m.group(4));
        LoadRunner.Result result = new LoadRunner.Result(name, clients, requests - Long.parseLong(m.group(4)), errors,
                Double.parseDouble(m.group(2)), Double.parseDouble(m.group(5)), Double.parseDouble(m.group(6)),
                Double.parseDouble(m.group(7)), Double.parseDouble(m.group(8)), Double.parseDouble(m.group(9)),
                errors == 0 ? null : errors + " socket errors or non-2xx answers (wrk)", LoadRunner.loadAverage());
        System.out.printf("  %-34s c=%-2d ops=%-7d err=%-4d %8.1f/s  p50 %7.2f  p95 %7.2f  p99 %7.2f ms  load %.1f (wrk)%n",
                name, clients, result.ops(), result.errors(), result.throughput(), result.p50(), result.p95(),
                result.p99(), result.loadAverage());
        return result;
    }

    private String wrk(Path script, String base, int clients, int threads, Duration time)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(wrk.toString(), "-t" + threads, "-c" + clients, "-d" + time.toSeconds() + "s",
                "--timeout", "10s", "-s", script.toString(), base).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(time.toSeconds() + 30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("wrk did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IOException("wrk failed (" + p.exitValue() + "):\n" + out);
        }
        return out;
    }

    /** A Lua script that walks {@code paths} in turn and prints one parseable summary line. */
    private Path script(String name, List<String> paths) throws IOException {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String path : paths) {
            if (!path.matches("/[A-Za-z0-9/._~%+=&?-]*")) {
                throw new IllegalArgumentException("Not an encoded path: " + path);
            }
            lua.append("  \"").append(path).append("\",\n");
        }
        lua.append("""
                }
                local i = 0
                request = function()
                  i = i + 1
                  return wrk.format("GET", paths[(i % #paths) + 1])
                end
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("WRK requests=%d seconds=%.3f errors=%d status=%d p50=%.3f p95=%.3f p99=%.3f mean=%.3f max=%.3f\\n",
                    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout, e.status,
                    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
                    latency.mean / 1000, latency.max / 1000))
                end
                """);
        Files.createDirectories(workDir);
        Path script = workDir.resolve("wrk-" + name.replaceAll("[^A-Za-z0-9-]", "-") + ".lua");
        Files.writeString(script, lua.toString(), StandardCharsets.UTF_8);
        return script;
    }
}
