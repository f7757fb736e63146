package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.RequestStatusState;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.dev.SolrCloudSetup;
import vn.dacsan.media.MediaStore;
import vn.dacsan.testing.TestDatabase;

/**
 * The app's search on a two-node SolrCloud in this JVM (embedded ZooKeeper): the setup command
 * creates the collection behind an alias, a full reindex swaps the alias without an empty
 * moment, and with one node stopped under a stream of searches nearly all still succeed and
 * none is silently partial. One cluster for the whole class; the node stop comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudSearchIT {

    private static final String ALIAS = "products";
    private static final Clock CLOCK = Clock.system(SearchFixture.VIETNAM);

    private static MiniSolrCloudCluster cluster;
    private static TestDatabase db;
    private static SearchClient throughZooKeeper;
    private static SearchClient throughNodeUrls;
    private static CloudCollections collections;
    private static ProductIndex index;
    private static SearchFixture.CachedVocabulary vocabulary;
    private static long live;

    @BeforeAll
    static void startClusterAndIndexDemoCatalogue() throws Exception {
        db = new TestDatabase();
        SearchOutbox outbox = new SearchOutbox(db.em(), CLOCK);
        MediaStore media = new MediaStore(Files.createTempDirectory("media"));
        db.run(() -> DemoCatalog.read().loadInto(db.em(), outbox, media, CLOCK));
        vocabulary = new SearchFixture.CachedVocabulary(db);

        cluster = new MiniSolrCloudCluster(2, Files.createTempDirectory("dacsan-solrcloud-"),
                JettyConfig.builder().setContext("/solr").withPortRetryTime(0).stopAtShutdown(false).build());
        throughZooKeeper = SearchClient.forZooKeeper(cluster.getZkServer().getZkAddress(), ALIAS);
        throughNodeUrls = SearchClient.forSolrCloud(cluster.getJettySolrRunners().stream()
                .map(jetty -> jetty.getBaseUrl().toString()).toList(), ALIAS);
        collections = new CloudCollections(throughZooKeeper, CLOCK, new CloudCollections.Layout(2, 2, Optional.empty()));
        System.out.println(new SolrCloudSetup(collections, configDir()).apply(ALIAS));

        index = new ProductIndex(db.em(), throughZooKeeper, CLOCK, collections);
        live = index.liveCount();
        db.inTransaction(em -> index.reindexAll(n -> { }));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (throughZooKeeper != null) {
            throughZooKeeper.close();
        }
        if (throughNodeUrls != null) {
            throughNodeUrls.close();
        }
        if (cluster != null) {
            cluster.shutdown();
        }
        if (db != null) {
            db.close();
        }
    }

    private static Path configDir() {
        return Path.of(System.getProperty("solr.config.dir", "solr-config"));
    }

    private static ProductSearchService search(SearchClient client) {
        return new ProductSearchService(client, CLOCK, SearchSettings.DEFAULTS, vocabulary);
    }

    private static SearchResult everything(ProductSearchService service) {
        return service.search(SearchRequest.parse(name -> null, SearchSettings.DEFAULTS));
    }

    private static SearchResult keoDua(ProductSearchService service) {
        return service.search(SearchRequest.parse(name -> "q".equals(name) ? "keo dua" : null, SearchSettings.DEFAULTS));
    }

    @Test
    @Order(1)
    void setupPutsTheAliasInFrontOfATwoByTwoCollectionSpreadOverBothNodes() throws Exception {
        List<String> behind = collections.aliased(ALIAS);
        assertThat(behind).hasSize(1);
        assertThat(behind.get(0)).matches("products_\\d{17}");
        DocCollection collection = cluster.getZkStateReader().getClusterState().getCollection(behind.get(0));
        assertThat(collection.getSlices()).hasSize(2);
        collection.getSlices().forEach(slice -> {
            assertThat(slice.getReplicas()).hasSize(2);
            assertThat(slice.getReplicas().stream().map(Replica::getNodeName).distinct()).hasSize(2);
        });

        SearchResult result = keoDua(search(throughNodeUrls));
        assertThat(result.partial()).isFalse();
        assertThat(result.items()).first().extracting(SearchResult.ProductHit::name).asString().containsIgnoringCase("kẹo dừa");
        assertThat(everything(search(throughZooKeeper)).total()).isEqualTo(live).isPositive();

        // readiness pings the alias through either kind of cloud client; an unknown collection is DOWN
        assertThat(new SolrReadiness(throughZooKeeper).ping().getStatus()).isZero();
        assertThat(new SolrReadiness(throughNodeUrls).ping().getStatus()).isZero();
        try (SearchClient nowhere = SearchClient.forZooKeeper(cluster.getZkServer().getZkAddress(), "no_such_alias")) {
            assertThatThrownBy(() -> new SolrReadiness(nowhere).ping()).isInstanceOf(Exception.class);
        }
    }

    @Test
    @Order(2)
    void theWarsOwnLibrariesReachSolrCloudThroughZooKeeper() throws Exception {
        // the test class path has more than the server will: load the client from the WAR's
        // WEB-INF/lib and classes only, plus the APIs the server provides
        Path webInf = Path.of("target", "dacsan", "WEB-INF");
        assertThat(webInf.resolve("lib")).as("the WAR is built before the integration tests").isDirectory();
        List<URL> urls = new ArrayList<>();
        urls.add(webInf.resolve("classes").toUri().toURL());
        try (var jars = Files.list(webInf.resolve("lib"))) {
            for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).toList()) {
                urls.add(jar.toUri().toURL());
            }
        }
        for (Class<?> providedByTheServer : List.of(jakarta.annotation.PostConstruct.class, jakarta.inject.Inject.class,
                jakarta.enterprise.context.ApplicationScoped.class, org.eclipse.microprofile.config.inject.ConfigProperty.class,
                org.eclipse.microprofile.health.HealthCheck.class)) {
            urls.add(providedByTheServer.getProtectionDomain().getCodeSource().getLocation());
        }
        try (URLClassLoader war = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> clientType = war.loadClass(SearchClient.class.getName());
            assertThat(clientType.getClassLoader()).isSameAs(war);
            try (AutoCloseable client = (AutoCloseable) clientType.getMethod("forZooKeeper", String.class, String.class)
                    .invoke(null, cluster.getZkServer().getZkAddress(), ALIAS)) {
                Class<?> readinessType = war.loadClass(SolrReadiness.class.getName());
                var constructor = readinessType.getDeclaredConstructor(clientType);
                constructor.setAccessible(true);
                var ping = readinessType.getDeclaredMethod("ping");
                ping.setAccessible(true);
                Object answer = ping.invoke(constructor.newInstance(client));
                assertThat(answer.getClass().getMethod("getStatus").invoke(answer)).isEqualTo(0);
            }
        }
    }

    @Test
    @Order(3)
    void setupRunTwiceKeepsTheCollectionAndItsDocuments() {
        List<String> before = collections.aliased(ALIAS);
        String report = new SolrCloudSetup(collections, configDir()).apply(ALIAS);
        assertThat(report).contains("reloaded");
        assertThat(collections.aliased(ALIAS)).isEqualTo(before);
        assertThat(everything(search(throughZooKeeper)).total()).isEqualTo(live);
    }

    @Test
    @Order(4)
    void fullReindexBuildsANewCollectionAndSwapsTheAliasWhileSearchKeepsAnswering() throws Exception {
        List<String> before = collections.aliased(ALIAS);
        ProductSearchService zk = search(throughZooKeeper);
        ProductSearchService urls = search(throughNodeUrls);
        ConcurrentLinkedQueue<Long> totals = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread shopper = new Thread(() -> {
            while (running.get()) {
                for (ProductSearchService service : List.of(zk, urls)) {
                    try {
                        totals.add(everything(service).total());
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }
        }, "shopper");
        shopper.start();
        try {
            sleep(500);
            // a slow page, so shoppers search while the new collection is half full
            int indexed = db.inTransaction(em -> index.reindexAll(n -> sleep(1000)));
            assertThat(indexed).isEqualTo((int) live);
            sleep(1500);
        } finally {
            running.set(false);
            shopper.join(TimeUnit.SECONDS.toMillis(30));
        }

        List<String> after = collections.aliased(ALIAS);
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        for (String old : before) {
            assertThat(collections.collectionExists(old)).as("old collection %s deleted", old).isFalse();
        }
        assertThat(failures).as("searches failing during the reindex").isEmpty();
        assertThat(totals).isNotEmpty().allMatch(total -> total == live, "every search saw the whole catalogue");
        assertThat(everything(zk).total()).isEqualTo(live);
        assertThat(everything(urls).total()).isEqualTo(live);
    }

    @Test
    @Order(5)
    void changesIndexedDuringARebuildReachTheNewCollection() {
        Product product = db.em().createQuery("select p from Product p where p.status = :live order by p.id desc", Product.class)
                .setParameter("live", ProductStatus.LIVE).setMaxResults(1).getSingleResult();
        String renamed = "Đàn xylophon tre";
        int[] calls = {0};
        try (SearchClient otherClient = SearchClient.forZooKeeper(cluster.getZkServer().getZkAddress(), ALIAS)) {
            // the outbox indexer of another instance of the app, which knows nothing of this rebuild
            ProductIndex otherInstance = new ProductIndex(db.em(), otherClient, CLOCK,
                    new CloudCollections(otherClient, CLOCK, collections.layout()));
            db.inTransaction(em -> index.reindexAll(n -> {
                if (calls[0]++ == 0) {
                    // the change lands after the rebuild has read (and sent) the product's old name
                    em.createQuery("update Product p set p.name = :name where p.id = :id")
                            .setParameter("name", renamed).setParameter("id", product.getId()).executeUpdate();
                    em.clear();
                    otherInstance.refresh(List.of(product.getId()));
                }
            }));
        }
        assertThat(collections.building(ALIAS)).as("no rebuild under way any more").isEmpty();
        awaitVisible(() -> search(throughZooKeeper).search(SearchRequest.parse(
                name -> "q".equals(name) ? "xylophon" : null, SearchSettings.DEFAULTS)).total() == 1);
    }

    @Test
    @Order(6)
    void oneNodeStoppedUnderAStreamOfSearchesNearlyAllSucceedAndNoneIsSilentlyPartial() throws Exception {
        // a second collection with one copy of each shard, so losing a node loses a shard there
        String fragile = "fragile";
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(fragile, ALIAS, 2, 1);
        create.setWaitForFinalState(true);
        assertThat(create.processAndWait(throughZooKeeper.solr(), 120)).isEqualTo(RequestStatusState.COMPLETED);
        try (SearchClient fragileClient = SearchClient.forZooKeeper(cluster.getZkServer().getZkAddress(), fragile)) {
            ProductIndex fragileIndex = new ProductIndex(db.em(), fragileClient, CLOCK, collections);
            List<Long> ids = db.em().createQuery("select p.id from Product p", Long.class).getResultList();
            db.inTransaction(em -> {
                fragileIndex.refresh(ids);
                return null;
            });
            fragileClient.solr().commit();
            DocCollection state = cluster.getZkStateReader().getClusterState().getCollection(fragile);
            String shard1Node = state.getSlice("shard1").getReplicas().iterator().next().getNodeName();
            String shard2Node = state.getSlice("shard2").getReplicas().iterator().next().getNodeName();
            assertThat(shard1Node).as("the two single-copy shards sit on different nodes").isNotEqualTo(shard2Node);
            JettySolrRunner victim = cluster.getJettySolrRunners().stream()
                    .filter(jetty -> shard1Node.equals(jetty.getNodeName())).findFirst().orElseThrow();

            ProductSearchService service = search(throughZooKeeper);
            long keoDuaTotal = keoDua(service).total();
            List<Answer> results = Collections.synchronizedList(new ArrayList<>());
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> shoppers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Thread shopper = new Thread(() -> {
                    while (running.get()) {
                        try {
                            results.add(results.size() % 2 == 0
                                    ? new Answer(live, everything(service)) : new Answer(keoDuaTotal, keoDua(service)));
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                }, "shopper-" + i);
                shoppers.add(shopper);
                shopper.start();
            }
            sleep(1500);
            cluster.stopJettySolrRunner(victim);
            cluster.waitForJettyToStop(victim);
            // at least 5 s and 100 searches with the node down, however busy the machine is
            int before = results.size() + failures.size();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            sleep(5000);
            while (results.size() + failures.size() - before < 100 && System.nanoTime() < deadline) {
                sleep(200);
            }
            running.set(false);
            for (Thread shopper : shoppers) {
                shopper.join(TimeUnit.SECONDS.toMillis(30));
            }

            int attempts = results.size() + failures.size();
            System.out.printf("Searches with a node stopped: %d attempts, %d failed%n", attempts, failures.size());
            failures.stream().limit(3).forEach(e -> System.out.println("  failed: " + e));
            assertThat(attempts).isGreaterThanOrEqualTo(100);
            assertThat((double) results.size() / attempts).as("share of searches that succeeded").isGreaterThanOrEqualTo(0.99);
            assertThat(results).allSatisfy(answer -> assertThat(answer.result().partial()
                    || answer.result().total() == answer.expectedTotal())
                    .as("complete, or flagged partial: %s of %s", answer.result().total(), answer.expectedTotal()).isTrue());

            // the fragile collection lost shard1 entirely: what is left comes back, flagged
            SearchResult partial = everything(search(fragileClient));
            assertThat(partial.partial()).isTrue();
            assertThat(partial.total()).isPositive().isLessThan(live);
        }
    }

    private record Answer(long expectedTotal, SearchResult result) {
    }

    private static void awaitVisible(java.util.function.BooleanSupplier condition) {
        SearchFixture.await(condition, Duration.ofSeconds(15), "the change to be searchable");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
