package vn.dacsan.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import vn.dacsan.testing.TestDatabase;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.dev.LocalSolrNode;
import vn.dacsan.media.MediaStore;
import vn.dacsan.search.application.ProductIndex;
import vn.dacsan.search.application.SearchClient;
import vn.dacsan.search.application.SearchOutbox;

/**
 * The indexing part of {@link MarketplaceBenchmark} alone, repeated: the same synthetic catalogue
 * in H2 and the same in-process Solr node, then {@code bench.rounds} full reindexes
 * (ProductIndex.reindexAll) one after the other, each timed until sent and until searchable.
 * For comparing changes to indexing within one run on a shared machine. Run with the test
 * classpath: {@code java -cp ... vn.dacsan.bench.IndexingBenchmark} (bench.scale, bench.rounds,
 * bench.jfr, bench.dir).
 */
public final class IndexingBenchmark {

    public static void main(String[] args) throws Exception {
        int scale = BenchOptions.count("bench.scale", 10_000, 1_000, 10_000_000);
        int rounds = BenchOptions.count("bench.rounds", 3, 1, 100);
        boolean jfr = BenchOptions.flag("bench.jfr");
        Path outDir = Path.of(System.getProperty("bench.dir", "target/bench-indexing")).toAbsolutePath().normalize();
        Path solrConfig = Path.of(System.getProperty("solr.config.dir", "solr-config")).toAbsolutePath();
        Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));

        MarketplaceBenchmark.deleteTree(outDir);
        Files.createDirectories(outDir);
        MarketplaceBenchmark.step("Starting Solr and generating " + scale + " products");
        LocalSolrNode solr = LocalSolrNode.start(solrConfig, outDir.resolve("solr"), 0);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + outDir.resolve("db").resolve("marketplace") + ";AUTO_SERVER=FALSE");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        try (Connection keepOpen = ds.getConnection()) {
            EntityManagerFactory emf = TestDatabase.persistenceUnit(ds);
            EntityManager em = emf.createEntityManager();
            SearchClient client = SearchClient.forUrl(solr.baseUrl(), LocalSolrNode.CORE, Duration.ofSeconds(60));
            try {
                em.getTransaction().begin();
                DemoCatalog.read().loadInto(em, new SearchOutbox(em, clock), new MediaStore(outDir.resolve("media")), clock);
                em.getTransaction().commit();
                em.clear();
                int live = new CatalogueGenerator(ds, LocalDate.now(clock)).generate(scale);
                System.out.printf("  %d live products%n", live);
                ProductIndex index = MarketplaceBenchmark.newInstance(ProductIndex.class,
                        new Class<?>[] {EntityManager.class, SearchClient.class, Clock.class}, em, client, clock);
                com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                for (int round = 1; round <= rounds; round++) {
                    MarketplaceBenchmark.step("Full reindex, round " + round + " of " + rounds);
                    // each round fills an empty index, like the first reindex of a new collection
                    MarketplaceBenchmark.emptyIndex(solr);
                    Profile profile = Profile.startInProcess(jfr && round == rounds, outDir.resolve("reindex.jfr"));
                    em.getTransaction().begin();
                    long t0 = System.nanoTime();
                    long cpu0 = os.getProcessCpuTime();
                    int indexed = index.reindexAll(n -> { });
                    double sent = MarketplaceBenchmark.secondsSince(t0);
                    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                    em.getTransaction().commit();
                    profile.stop();
                    em.clear();
                    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                    while (index.indexedCount() < indexed && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    double visible = MarketplaceBenchmark.secondsSince(t0);
                    System.out.printf("  %d documents in %.2f s (%.0f docs/s), all searchable after %.2f s;"
                                    + " CPU %.2f s (%.0f µs/document); load %.1f%n",
                            indexed, sent, indexed / sent, visible, cpu, cpu * 1e6 / indexed, os.getSystemLoadAverage());
                }
            } finally {
                em.close();
                emf.close();
                client.close();
            }
        } finally {
            solr.stop();
        }
        System.exit(0);
    }
}
