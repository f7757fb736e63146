package vn.dacsan.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.solr.core.CoreContainer;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A standalone Solr node running inside this JVM, serving one core per configset found in the
 * project's {@code solr-config/} directory (every folder with a {@code conf/} inside: the
 * {@value #CORE} core, the news core, and any added later). Used by the dev launcher
 * ({@link RunMarketplace}) and by integration tests ({@link #shared()}).
 *
 * <p>The node listens on 127.0.0.1 only: {@link JettySolrRunner} binds its connector to the
 * loopback address itself (Solr 9.10.1), so Solr is never reachable from the network.
 * The configset files are copied into the core on every start, so edits to
 * {@code solr-config/} take effect on the next start; the index itself is kept, unless the
 * core's schema changed: then the core starts empty ({@link #emptiedCores()}) and the launcher
 * rebuilds it from the database.
 *
 * <p>Needs JUnit 4 on the classpath, so never exclude {@code junit:junit} from
 * solr-test-framework: with the test framework present, Solr's {@code TestInjection} loads
 * {@code LuceneTestCase} (a subclass of {@code org.junit.Assert}) on the first request and
 * every request fails with {@code NoClassDefFoundError: org/junit/Assert} without it.
 */
public final class LocalSolrNode implements AutoCloseable {

    /** The product core; also the default "collection" name the app talks to. */
    public static final String CORE = "products";

    private static LocalSolrNode shared;

    /**
     * Solr logs every request at INFO (a line of about 2 kB for a storefront search). Here that goes
     * synchronously to this JVM's console, which costs the node a share of its CPU under load and
     * buries everything else; slow requests and errors are still logged. Held in a field because
     * java.util.logging keeps loggers only weakly, and a collected logger forgets its level.
     */
    private static final java.util.logging.Logger REQUEST_LOG =
            java.util.logging.Logger.getLogger("org.apache.solr.core.SolrCore.Request");

    private final JettySolrRunner jetty;
    private final Path home;
    private final int port;
    private final List<String> cores;
    private final Set<String> emptied;

    private LocalSolrNode(JettySolrRunner jetty, Path home, int port, List<String> cores, Set<String> emptied) {
        this.jetty = jetty;
        this.home = home;
        this.port = port;
        this.cores = cores;
        this.emptied = emptied;
    }

    /**
     * Prepares {@code solrHome} (solr.xml, one core per configset with a fresh copy of its
     * {@code conf/}) and starts a node on 127.0.0.1.
     *
     * @param solrConfigDir the project's {@code solr-config} directory
     * @param solrHome      Solr home; created if missing, its index survives restarts
     * @param port          HTTP port, or 0 for any free port
     * @throws IllegalStateException if the node or the core does not come up
     */
    public static LocalSolrNode start(Path solrConfigDir, Path solrHome, int port) throws IOException {
        Path configDir = solrConfigDir.toAbsolutePath().normalize();
        Path home = solrHome.toAbsolutePath().normalize();
        Set<String> emptied = new TreeSet<>();
        List<String> cores = prepareHome(configDir, home, emptied);

        // Solr logs "Missing Java Option solr.log.dir" at ERROR level without it; we log to the console.
        if (System.getProperty("solr.log.dir") == null) {
            System.setProperty("solr.log.dir", home.resolve("logs").toString());
        }
        if (!Boolean.getBoolean("dacsan.solr.log-requests")) {
            REQUEST_LOG.setLevel(java.util.logging.Level.WARNING);
        }
        JettySolrRunner jetty = new JettySolrRunner(home.toString(), new Properties(), jettyConfig(port));
        try {
            jetty.start();
        } catch (Exception e) {
            try {
                jetty.stop();
            } catch (Exception ignored) {
                // already failed; the start error below is what matters
            }
            throw new IllegalStateException("Solr did not start on 127.0.0.1:" + port + ": " + e, e);
        }
        LocalSolrNode node = new LocalSolrNode(jetty, home, jetty.getLocalPort(), cores, Set.copyOf(emptied));
        node.checkCoresLoaded();
        return node;
    }

    /**
     * One node per JVM for tests: a temporary home, a free port, the configset from system
     * property {@code solr.config.dir} (set by failsafe) or {@code ./solr-config}. Started on
     * first use, stopped and deleted by a shutdown hook. Tests must not stop it.
     */
    public static synchronized LocalSolrNode shared() {
        if (shared == null) {
            Path configDir = Path.of(System.getProperty("solr.config.dir", "solr-config"));
            Path home = null;
            try {
                home = Files.createTempDirectory("dacsan-solr-");
                LocalSolrNode node = start(configDir, home, 0);
                Path nodeHome = home;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    node.stop();
                    deleteQuietly(nodeHome);
                }, "local-solr-shutdown"));
                shared = node;
            } catch (IOException | RuntimeException e) {
                if (home != null) {
                    deleteQuietly(home);
                }
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }
        return shared;
    }

    /** Base URL of the node, e.g. {@code http://127.0.0.1:8983/solr}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/solr";
    }

    /** URL of the {@value #CORE} core, e.g. {@code http://127.0.0.1:8983/solr/products}. */
    public String coreUrl() {
        return baseUrl() + "/" + CORE;
    }

    /** Names of the cores this node serves (one per configset, {@value #CORE} among them). */
    public List<String> cores() {
        return cores;
    }

    /** URL of any core of this node. */
    public String coreUrl(String core) {
        return baseUrl() + "/" + core;
    }

    /** The port actually bound (useful when started with port 0). */
    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    /** The running core container, for tests that need to look inside (e.g. core status). */
    public CoreContainer coreContainer() {
        return jetty.getCoreContainer();
    }

    /** Stops the node; safe to call more than once. The index stays in the home directory. */
    public synchronized void stop() {
        stopQuietly(jetty);
    }

    @Override
    public void close() {
        stop();
    }

    // ---------------------------------------------------------------------------------------

    /** Every folder of the config directory holding a {@code conf/} is a configset, served as a core of that name. */
    static List<String> configsets(Path configDir) throws IOException {
        try (Stream<Path> children = Files.list(configDir)) {
            return children.filter(dir -> Files.isDirectory(dir.resolve("conf")))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    /** Also adds to {@code emptied} each core whose index it deleted because the core's schema changed. */
    private static List<String> prepareHome(Path configDir, Path home, Set<String> emptied) throws IOException {
        if (!Files.isDirectory(configDir.resolve(CORE).resolve("conf"))) {
            throw new IOException("No configset at " + configDir.resolve(CORE).resolve("conf")
                    + " (set -Dsolr.config.dir to the project's solr-config directory)");
        }
        Files.createDirectories(home);
        Path solrXml = home.resolve("solr.xml");
        if (Files.notExists(solrXml)) {
            Files.copy(configDir.resolve("solr.xml"), solrXml);
        }
        List<String> cores = configsets(configDir);
        for (String core : cores) {
            Path coreDir = home.resolve(core);
            Path conf = coreDir.resolve("conf");
            if (schemaChanged(conf, configDir.resolve(core).resolve("conf")) && Files.exists(coreDir.resolve("data"))) {
                // Lucene refuses documents whose fields are indexed differently from the same fields
                // in the index (e.g. positions dropped), so updates and even a reindex would fail
                System.out.println("The Solr schema of core '" + core + "' changed since its index was built: "
                        + "starting it with an empty index, to be rebuilt from the database.");
                deleteQuietly(coreDir.resolve("data"));
                emptied.add(core);
            }
            deleteQuietly(conf);
            copyTree(configDir.resolve(core).resolve("conf"), conf);
            Files.writeString(coreDir.resolve("core.properties"), "name=" + core + "\n",
                    StandardCharsets.UTF_8);
        }
        return cores;
    }

    private static boolean schemaChanged(Path coreConf, Path newConf) throws IOException {
        Path old = coreConf.resolve("schema.xml");
        return Files.exists(old) && Files.mismatch(old, newConf.resolve("schema.xml")) != -1;
    }

    /** Cores this node started with an empty index because their schema had changed. */
    public Set<String> emptiedCores() {
        return emptied;
    }

    /** Fails with a core's own error (e.g. a schema mistake) instead of a later 404. */
    private void checkCoresLoaded() {
        CoreContainer container = jetty.getCoreContainer();
        Map<String, CoreContainer.CoreLoadFailure> failures = container.getCoreInitFailures();
        for (String core : cores) {
            if (failures.containsKey(core) || !container.getLoadedCoreNames().contains(core)) {
                CoreContainer.CoreLoadFailure failure = failures.get(core);
                stop();
                Throwable cause = failure == null ? null : failure.exception;
                throw new IllegalStateException("Solr core '" + core + "' did not load from "
                        + home.resolve(core) + ": " + rootMessage(cause), cause);
            }
        }
    }

    /**
     * Port {@code port} (0 = any), context /solr, no port-retry loop (a busy port fails at once
     * instead of retrying for a minute), and no JVM shutdown hook of Jetty's own: the owner of
     * the node stops it. The connector binds 127.0.0.1 (hard-coded in JettySolrRunner).
     */
    private static JettyConfig jettyConfig(int port) {
        return JettyConfig.builder()
                .setPort(port)
                .setContext("/solr")
                .withPortRetryTime(0)
                .stopAtShutdown(false)
                .waitForLoadingCoresToFinish(60_000L)
                .build();
    }

    private static String rootMessage(Throwable t) {
        if (t == null) {
            return "unknown reason (see the log above)";
        }
        StringBuilder message = new StringBuilder(String.valueOf(t.getMessage()));
        Throwable c = t.getCause();
        for (int depth = 0; c != null && depth < 10; depth++, c = c.getCause()) {
            message.append(" <- ").append(c.getMessage());
        }
        return message.toString();
    }

    private static void stopQuietly(JettySolrRunner jetty) {
        try {
            if (!jetty.isStopped()) {
                jetty.stop();
            }
        } catch (Exception e) {
            System.err.println("LocalSolrNode: stopping Solr failed: " + e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (Files.notExists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("LocalSolrNode: could not delete " + dir + ": " + e);
        }
    }
}
