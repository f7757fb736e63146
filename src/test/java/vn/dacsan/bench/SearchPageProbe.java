package vn.dacsan.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import vn.dacsan.testing.TestDatabase;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.dev.LocalSolrNode;
import vn.dacsan.dev.PayaraMicroCommand;
import vn.dacsan.media.MediaStore;
import vn.dacsan.search.application.ProductIndex;
import vn.dacsan.search.application.SearchClient;
import vn.dacsan.search.application.SearchOutbox;

/**
 * What one storefront search page costs the server, next to a trivial file and the REST search
 * on the same Payara Micro in the same run: a small catalogue, then rounds of closed-loop load
 * (robots.txt, REST, page) so a busy machine shows in all three alike. Compare ratios, not
 * absolute numbers. Not part of {@code mvn verify}; after {@code mvn -o package -DskipTests} and
 * {@code mvn -o dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test}:
 * <pre>java -Djava.util.logging.config.file=src/test/resources/logging.properties \
 *     -cp target/test-classes:target/classes:$(cat target/test.classpath) vn.dacsan.bench.SearchPageProbe</pre>
 * Properties: probe.wars (target/dacsan.war; several, comma-separated, run side by side with
 * their rounds interleaved, to compare builds on an equally busy machine), probe.products (3000),
 * probe.clients (16), probe.seconds (10), probe.rounds (2), probe.jfr (false: a flight recording
 * of the last round's page load in each server, JDK "default" settings; read it with
 * {@code jfr print --events jdk.ExecutionSample --stack-depth 300}), probe.dir (target/page-probe). Besides req/s and
 * p99 it reports the server's CPU time per request, which a shared machine disturbs least.
 */
public final class SearchPageProbe {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final int products = BenchOptions.count("probe.products", 3_000, 100, 1_000_000);
    private final int clients = BenchOptions.count("probe.clients", 16, 1, 1_000);
    private final Duration measure = BenchOptions.seconds("probe.seconds", 10, 1);
    private final int rounds = BenchOptions.count("probe.rounds", 2, 1, 100);
    private final boolean jfr = BenchOptions.flag("probe.jfr");
    private final Path dir = Path.of(System.getProperty("probe.dir", "target/page-probe")).toAbsolutePath().normalize();
    private final String wars = System.getProperty("probe.wars", System.getProperty("project.war", "target/dacsan.war"));
    private final Path payaraJar = Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")).toAbsolutePath();
    private final Clock clock = Clock.system(VIETNAM);

    private LocalSolrNode solr;
    private final List<Process> processes = new java.util.concurrent.CopyOnWriteArrayList<>();

    public static void main(String[] args) throws Exception {
        SearchPageProbe probe = BenchOptions.orExit("Probe", SearchPageProbe::new);
        Runtime.getRuntime().addShutdownHook(new Thread(probe::stop, "probe-stop"));
        int exit = 0;
        try {
            probe.run();
        } catch (Throwable e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            probe.stop();
        }
        System.exit(exit);
    }

    private void run() throws Exception {
        Path db = dir.resolve("db");
        Path solrHome = dir.resolve("solr");
        Path media = dir.resolve("media");
        for (Path p : List.of(db, solrHome, media)) {
            MarketplaceBenchmark.deleteTree(p);
            Files.createDirectories(p);
        }
        String dbUrl = "jdbc:h2:file:" + db.resolve("marketplace") + ";AUTO_SERVER=FALSE";
        MarketplaceBenchmark.step("Solr, and " + products + " products into H2 and Solr");
        solr = LocalSolrNode.start(Path.of("solr-config"), solrHome, 0);
        catalogue(dbUrl, media);

        List<Server> servers = new ArrayList<>();
        for (String name : wars.split(",")) {
            Path war = Path.of(name.trim()).toAbsolutePath();
            servers.add(start(war, servers.size() + 1, db, media));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();
        for (Server server : servers) {
            String sample = body(http, server.pages.get(0));
            Path saved = dir.resolve("page-" + server.number + ".html");
            Files.writeString(saved, sample);
            System.out.printf("  %s: page %d bytes, %d cards, %d facet links (%s)%n", server.war.getFileName(), sample.length(),
                    count(sample, "<article class=\"card\""), count(sample, "<li><a href=\"/tim-kiem?"), saved);
            MarketplaceBenchmark.step("Warm-up of " + server.war);
            LoadRunner.run("warm-up page", clients, Duration.ZERO, Duration.ofSeconds(15),
                    i -> get(http, server.pages.get(i % server.pages.size())));
            LoadRunner.run("warm-up REST", clients, Duration.ZERO, Duration.ofSeconds(5),
                    i -> get(http, server.api.get(i % server.api.size())));
        }

        List<String> summary = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (Server server : servers) {
                MarketplaceBenchmark.step("Round " + round + ", " + server.war.getFileName() + ": " + clients + " clients, "
                        + measure.toSeconds() + " s each");
                Measured r = measure(server, "robots.txt", null, i -> get(http, server.robots));
                Measured a = measure(server, "REST search", null, i -> get(http, server.api.get(i % server.api.size())));
                Measured p = measure(server, "search page", jfr && round == rounds ? dir.resolve("page-" + server.number + ".jfr") : null,
                        i -> get(http, server.pages.get(i % server.pages.size())));
                summary.add(String.format(Locale.ROOT, "  round %d %-14s page %6.1f/s p99 %5.0f ms, %5.2f ms CPU | robots %7.1f/s p99 %4.0f ms, "
                                + "%4.2f ms CPU | REST %5.1f/s, %5.2f ms CPU | page ÷ robots %.3f, page ÷ REST %.2f%s", round,
                        server.war.getFileName(), p.result.throughput(), p.result.p99(), p.cpuMillisPerOp(), r.result.throughput(),
                        r.result.p99(), r.cpuMillisPerOp(), a.result.throughput(), a.cpuMillisPerOp(),
                        p.result.throughput() / r.result.throughput(), p.result.throughput() / a.result.throughput(),
                        jfr && round == rounds ? " (recording)" : ""));
            }
        }
        MarketplaceBenchmark.step("Summary (CPU = the server's CPU time per request)");
        summary.forEach(System.out::println);
    }

    /** One Payara Micro with its own copy of the database (H2 files take one process each). */
    private record Server(int number, Path war, Process process, List<URI> pages, List<URI> api, URI robots) {
    }

    private record Measured(LoadRunner.Result result, double cpuSeconds) {
        double cpuMillisPerOp() {
            return result.ops() == 0 ? Double.NaN : cpuSeconds * 1000 / result.ops();
        }
    }

    private Server start(Path war, int number, Path db, Path media) throws Exception {
        Path copy = dir.resolve("db-" + number);
        MarketplaceBenchmark.deleteTree(copy);
        Files.createDirectories(copy);
        try (var files = Files.list(db)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("dacsan.db.url", "jdbc:h2:file:" + copy.resolve("marketplace") + ";AUTO_SERVER=FALSE");
        settings.put("dacsan.solr.url", solr.baseUrl());
        settings.put("dacsan.solr.collection", LocalSolrNode.CORE);
        settings.put("dacsan.media.dir", media.toString());
        settings.put("dacsan.demo.enabled", "false");
        settings.put("dacsan.site.url", base);
        List<String> command = new ArrayList<>(PayaraMicroCommand.of(payaraJar, war, Path.of("payara-config"), port, settings));
        if (jfr) {
            command.add(1, "-XX:FlightRecorderOptions:stackdepth=256");
        }
        MarketplaceBenchmark.step("Payara Micro " + number + " on " + base + " with " + war);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("payara-" + number + ".log").toFile()).start();
        processes.add(process);
        if (!PayaraMicroCommand.awaitOk(process, base + "/health/ready", Duration.ofMinutes(5))) {
            throw new IllegalStateException("Payara Micro did not become ready; see " + dir.resolve("payara-" + number + ".log"));
        }
        List<URI> pages = new ArrayList<>();
        List<URI> api = new ArrayList<>();
        for (String text : QueryMix.TEXTS) {
            String q = URLEncoder.encode(text, StandardCharsets.UTF_8);
            pages.add(URI.create(base + "/tim-kiem?q=" + q));
            api.add(URI.create(base + "/api/v1/products?q=" + q));
        }
        return new Server(number, war, process, pages, api, URI.create(base + "/robots.txt"));
    }

    private Measured measure(Server server, String name, Path recording, LoadRunner.Op op) throws IOException {
        LoadRunner.run(name + " warm-up", clients, Duration.ZERO, Duration.ofSeconds(2), op);
        if (recording != null) {
            // the JDK's own settings ("default"): under "profile" the page itself ran several times slower
            Profile.jcmd(String.valueOf(server.process.pid()), "JFR.start", "name=probe", "settings=default");
        }
        double cpuBefore = LoadRunner.cpuMillis(server.process.pid()) / 1000.0;
        LoadRunner.Result result = LoadRunner.run(name, clients, Duration.ZERO, measure, op);
        double cpu = LoadRunner.cpuMillis(server.process.pid()) / 1000.0 - cpuBefore;
        if (recording != null) {
            Profile.jcmd(String.valueOf(server.process.pid()), "JFR.stop", "name=probe", "filename=" + recording);
            System.out.println("  flight recording: " + recording);
        }
        return new Measured(result, cpu);
    }

    private void catalogue(String dbUrl, Path media) throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(dbUrl);
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        try (Connection keepOpen = ds.getConnection()) {
            EntityManagerFactory emf = TestDatabase.persistenceUnit(ds);
            EntityManager em = emf.createEntityManager();
            try (SearchClient client = SearchClient.forUrl(solr.baseUrl(), LocalSolrNode.CORE, Duration.ofSeconds(60))) {
                em.getTransaction().begin();
                DemoCatalog.read().loadInto(em, new SearchOutbox(em, clock), new MediaStore(media), clock);
                em.getTransaction().commit();
                em.clear();
                new CatalogueGenerator(ds, LocalDate.now(clock)).generate(products);
                ProductIndex index = MarketplaceBenchmark.newInstance(ProductIndex.class,
                        new Class<?>[] {EntityManager.class, SearchClient.class, Clock.class}, em, client, clock);
                em.getTransaction().begin();
                int indexed = index.reindexAll(n -> { });
                em.getTransaction().commit();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (index.indexedCount() < indexed && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                System.out.printf("  %d products searchable%n", index.indexedCount());
            } finally {
                em.close();
                emf.close();
            }
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private static void get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + uri);
        }
    }

    private static String body(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + uri);
        }
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private synchronized void stop() {
        for (Process app : processes) {
            processes.remove(app);
            if (app.isAlive()) {
                app.destroy();
                try {
                    if (!app.waitFor(20, TimeUnit.SECONDS)) {
                        app.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    app.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (solr != null) {
            solr.stop();
            solr = null;
        }
    }

    private SearchPageProbe() {
    }
}
