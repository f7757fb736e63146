package vn.dacsan.dev;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The dev launcher behind {@code mvn -Prun package}: one command gives a working marketplace
 * with nothing installed but a JDK and Maven. It starts a local Solr node (loopback only, index
 * in {@code data/solr}), then Payara Micro as a child process with the WAR, an H2 file database
 * in {@code data/db}, uploads in {@code data/media} and the demo seed. Ctrl+C stops both.
 *
 * <p>It lives in test scope because Solr's embedded Jetty (javax.servlet) must stay out of the
 * WAR and out of the Payara JVM. Ports: {@code -Dhttp.port} (8080), {@code -Dsolr.port} (8983).
 */
public final class RunMarketplace {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private static volatile Process payara;
    private static volatile LocalSolrNode solr;
    private static volatile boolean stopping;

    public static void main(String[] args) throws Exception {
        Path payaraJar = existing("payara.microJar", "target/payara-micro.jar");
        Path war = existing("project.war", "target/dacsan.war");
        Path solrConfig = existing("solr.config.dir", "solr-config");
        Path dataDir = Path.of(System.getProperty("data.dir", "data")).toAbsolutePath().normalize();
        Path payaraConfig = Path.of(System.getProperty("payara.config.dir", "payara-config"));
        int httpPort = Integer.getInteger("http.port", 8080);
        int solrPort = Integer.getInteger("solr.port", 8983);

        requireFree(httpPort, null, "Payara Micro (the web app)", "http.port");
        requireFree(solrPort, InetAddress.getLoopbackAddress(), "Solr", "solr.port");

        for (String dir : List.of("solr", "db", "media")) {
            Files.createDirectories(dataDir.resolve(dir));
        }
        String adminToken = adminToken(dataDir.resolve("admin-token"));

        Runtime.getRuntime().addShutdownHook(new Thread(RunMarketplace::stopAll, "run-marketplace-stop"));

        System.out.println("Starting Solr on 127.0.0.1:" + solrPort + " (index in " + dataDir.resolve("solr") + ") ...");
        try {
            solr = LocalSolrNode.start(solrConfig, dataDir.resolve("solr"), solrPort);
        } catch (IllegalStateException e) {
            fail(e.getMessage());
        }

        String siteUrl = "http://localhost:" + httpPort;
        Map<String, String> settings = new LinkedHashMap<>();
        if (System.getenv("DACSAN_DB_URL") == null) {
            // the embedded default; DACSAN_DB_URL (e.g. a local PostgreSQL) takes over when set
            settings.put("dacsan.db.url", "jdbc:h2:file:" + dataDir.resolve("db/marketplace") + ";AUTO_SERVER=FALSE");
        } else {
            System.out.println("Database: DACSAN_DB_URL from the environment");
        }
        settings.put("dacsan.solr.url", solr.baseUrl());
        settings.put("dacsan.solr.collection", LocalSolrNode.CORE);
        settings.put("dacsan.media.dir", dataDir.resolve("media").toString());
        settings.put("dacsan.demo.enabled", "true");
        settings.put("dacsan.site.url", siteUrl);
        List<String> command = PayaraMicroCommand.of(payaraJar, war, payaraConfig, httpPort, settings);
        System.out.println("Starting Payara Micro on port " + httpPort + " ...");
        ProcessBuilder builder = new ProcessBuilder(command);
        // the token travels in the environment (MicroProfile Config reads DACSAN_ADMIN_TOKEN), not on the command line
        builder.environment().put("DACSAN_ADMIN_TOKEN", adminToken);
        payara = builder
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();

        if (PayaraMicroCommand.awaitOk(payara, siteUrl + "/", BOOT_TIMEOUT)) {
            if (!solr.emptiedCores().isEmpty()) {
                rebuildIndex(siteUrl, adminToken);
            }
            printBanner(siteUrl, dataDir);
        } else if (payara.isAlive()) {
            System.err.println("WARNING: " + siteUrl + "/ did not answer 200 within " + BOOT_TIMEOUT.toMinutes()
                    + " minutes; Payara keeps running, see its log above.");
        }
        int exitCode = payara.waitFor();
        if (!stopping) {
            System.out.println("Payara Micro exited with code " + exitCode + "; stopping Solr.");
        }
        System.exit(exitCode); // the shutdown hook stops Solr
    }

    /** After a schema change emptied the index: the full reindex of the README, products then news. */
    private static void rebuildIndex(String siteUrl, String adminToken) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(siteUrl + "/api/v1/admin/reindex"))
                            .header("Authorization", "Bearer " + adminToken)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println("Rebuilding the search index from the database (HTTP " + answer.statusCode()
                    + "); its progress: GET " + siteUrl + "/api/v1/admin/reindex");
        } catch (IOException e) {
            System.err.println("WARNING: could not start the reindex (" + e.getMessage() + "); run the README's full reindex");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printBanner(String siteUrl, Path dataDir) {
        String line = "=".repeat(78);
        System.out.println();
        System.out.println(line);
        System.out.println("  Marketplace is running:  " + siteUrl + "/");
        System.out.println("  API example:             " + siteUrl + "/api/v1/products?q=keo%20dua");
        System.out.println("  Reindex search:          curl -X POST -H \"Authorization: Bearer $(cat "
                + dataDir.resolve("admin-token") + ")\" " + siteUrl + "/api/v1/admin/reindex");
        System.out.println("  Solr (127.0.0.1 only):   " + solr.baseUrl());
        System.out.println("  Data (DB, index, media): " + dataDir);
        System.out.println("  Stop:                    Ctrl+C");
        System.out.println(line);
        System.out.println();
    }

    /** Shutdown hook: Payara first (it talks to Solr), then Solr. Safe to run twice. */
    private static synchronized void stopAll() {
        stopping = true;
        Process app = payara;
        if (app != null && app.isAlive()) {
            System.out.println("Stopping Payara Micro ...");
            app.destroy();
            try {
                if (!app.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                    System.out.println("Payara Micro did not stop within " + STOP_GRACE.toSeconds() + " s; killing it.");
                    app.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                app.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        LocalSolrNode node = solr;
        if (node != null) {
            System.out.println("Stopping Solr ...");
            node.stop();
            solr = null;
        }
    }

    /** The admin token for the reindex endpoint: created once, readable by the owner only. */
    private static String adminToken(Path file) throws IOException {
        if (Files.notExists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
        }
        String token = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (token.length() < 43) {
            throw new IllegalStateException(file + " holds no usable token; delete it to get a new one.");
        }
        return token;
    }

    /** Fails fast, naming the port's owner and the property that moves it. */
    private static void requireFree(int port, InetAddress address, String what, String property) {
        try (ServerSocket socket = new ServerSocket(port, 1, address)) {
            socket.getLocalPort();
        } catch (IOException e) {
            fail("Port " + port + " for " + what + " is already in use (" + e.getMessage() + ").\n"
                    + "Stop whatever uses it, or choose another port: mvn -Prun package -D" + property + "=<port>");
        }
    }

    private static Path existing(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
        if (Files.notExists(path)) {
            fail(path + " does not exist (system property " + property + "). Run: mvn -Prun package");
        }
        return path;
    }

    private static void fail(String message) {
        System.err.println();
        System.err.println("ERROR: " + message);
        System.err.println();
        System.exit(2);
    }

    private RunMarketplace() {
    }
}
