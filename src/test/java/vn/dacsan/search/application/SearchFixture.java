package vn.dacsan.search.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;
import org.apache.solr.client.solrj.SolrServerException;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.dev.LocalSolrNode;
import vn.dacsan.media.MediaStore;
import vn.dacsan.testing.TestDatabase;

/**
 * The real search stack outside the server: an H2 database with the demo catalogue, the
 * shared Solr node (emptied first), and the application's own index and search services.
 */
final class SearchFixture implements AutoCloseable {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    final TestDatabase db = new TestDatabase();
    final LocalSolrNode solr = LocalSolrNode.shared();
    final SearchClient client = SearchClient.forUrl(solr.baseUrl(), LocalSolrNode.CORE);
    final Clock clock = Clock.system(VIETNAM);
    final ProductIndex index = new ProductIndex(db.em(), client, clock);
    final SearchOutbox outbox = new SearchOutbox(db.em(), clock);

    SearchFixture() {
        clearIndex();
    }

    /** Loads the demo catalogue into the database and the index (full reindex). */
    SearchFixture withDemoCatalogue() {
        Path media;
        try {
            media = Files.createTempDirectory("media");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db.run(() -> DemoCatalog.read().loadInto(db.em(), outbox, new MediaStore(media), clock));
        int indexed = db.inTransaction(em -> index.reindexAll(n -> { }));
        awaitVisible(indexed);
        return this;
    }

    ProductSearchService searchAt(Clock at) {
        CachedVocabulary vocabulary = new CachedVocabulary(db);
        return new ProductSearchService(client, at, SearchSettings.DEFAULTS, vocabulary);
    }

    ProductSearchService search() {
        return searchAt(clock);
    }

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, VIETNAM);
    }

    void clearIndex() {
        try {
            client.solr().deleteByQuery("*:*");
            client.solr().commit();
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the soft commit to make {@code count} products visible. */
    void awaitVisible(long count) {
        await(() -> index.indexedCount() == count, Duration.ofSeconds(15), "index to hold " + count + " products");
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        client.close();
        db.close();
    }

    /** The catalogue's facet vocabulary, read from the test database. */
    static final class CachedVocabulary implements SearchVocabularySource {
        private final SearchVocabulary vocabulary;

        CachedVocabulary(TestDatabase db) {
            vocabulary = db.inTransaction(em -> {
                vn.dacsan.catalog.application.CatalogVocabulary source = new vn.dacsan.catalog.application.CatalogVocabulary();
                return source.loadWith(em);
            });
        }

        @Override
        public SearchVocabulary current() {
            return vocabulary;
        }
    }
}
