package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.catalog.application.CatalogService;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.media.MediaStore;

/**
 * Faults around the index: the indexer dying part-way through a batch loses nothing and the
 * index converges; the reconciliation finds every kind of difference and repairs it; with Solr
 * gone the database still answers searches, diacritics or not.
 */
class IndexerFaultIT {

    private static final int BATCH = 20;

    private SearchFixture fixture;
    private CatalogService catalog;
    private IndexReconciliation reconciliation;

    @BeforeEach
    void indexDemoCatalogue() throws Exception {
        fixture = new SearchFixture();
        MediaStore media = new MediaStore(Files.createTempDirectory("media"));
        fixture.db.run(() -> DemoCatalog.read().loadInto(fixture.db.em(), fixture.outbox, media, fixture.clock));
        catalog = new CatalogService(fixture.db.em(), fixture.outbox, fixture.clock);
        reconciliation = new IndexReconciliation(fixture.db.em(), fixture.client, fixture.index, fixture.clock);
        drain(indexer(fixture.index, fixture.clock));
        awaitConsistent();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void indexerDyingMidBatchLosesNothingAndTheIndexConverges() {
        List<Product> changed = liveProducts(30);
        changed.forEach(p -> fixture.db.run(() -> catalog.changePrice(p.getId(), p.getPriceVnd() + 1_000)));
        assertThat(outboxSize()).isEqualTo(30);

        // Solr takes the first 5 documents of the first batch, then the indexer dies
        try (DyingAfter dying = new DyingAfter(5)) {
            OutboxIndexer doomed = indexer(new ProductIndex(fixture.db.em(), dying.client(), fixture.clock), fixture.clock);
            assertThatThrownBy(() -> drain(doomed)).isInstanceOf(SearchUnavailableException.class);
            assertThat(dying.sent.get()).isEqualTo(5);
        }
        assertThat(outboxSize()).as("every change still waits").isEqualTo(30);
        SearchFixture.await(() -> reconciliation.check().outdatedCount() == 25, Duration.ofSeconds(10),
                "5 of 30 changes in the index");

        // a second death: the batch reached Solr but the process died before forgetting the entries
        OutboxIndexer.Batch batch = fixture.db.inTransaction(em -> indexer(fixture.index, later()).due());
        fixture.db.run(() -> indexer(fixture.index, later()).apply(batch));
        assertThat(outboxSize()).isEqualTo(30);

        // a fresh indexer (after the back-off) sends everything again; repeating a document is harmless
        assertThat(drain(indexer(fixture.index, later()))).isEqualTo(30);
        assertThat(outboxSize()).isZero();
        IndexReconciliation.Report report = awaitConsistent();
        assertThat(report.live()).isEqualTo(report.indexed());
        for (Product product : changed) {
            assertThat(find(product.getSlug())).singleElement()
                    .satisfies(hit -> assertThat(hit.priceVnd()).isEqualTo(product.getPriceVnd() + 1_000));
        }
    }

    @Test
    void reconciliationNamesMissingExtraAndOutdatedProductsAndRepairsThem() throws Exception {
        List<Product> three = liveProducts(3);
        long missing = three.get(0).getId();
        long outdated = three.get(1).getId();
        long withdrawn = three.get(2).getId();
        fixture.client.solr().deleteById(ProductDocuments.id(missing));
        // changes that never reached the outbox (as if its rows had been lost)
        fixture.db.run(() -> fixture.db.em().createNativeQuery(
                "update product set price_vnd = price_vnd + 1, version = version + 1 where id = " + outdated).executeUpdate());
        fixture.db.run(() -> fixture.db.em().createNativeQuery(
                "update product set status = 'WITHDRAWN', version = version + 1 where id = " + withdrawn).executeUpdate());
        fixture.client.solr().commit();

        IndexReconciliation.Report found = reconciliation.check();
        assertThat(found.consistent()).isFalse();
        assertThat(found.missing()).containsExactly(missing);
        assertThat(found.extra()).containsExactly(withdrawn);
        assertThat(found.outdated()).containsExactly(outdated);
        assertThat(found.live()).isEqualTo(found.indexed());

        IndexReconciliation.Report repaired = fixture.db.inTransaction(em -> reconciliation.repair());
        assertThat(repaired.repaired()).isEqualTo(3);
        assertThat(reconciliation.last()).contains(repaired);
        awaitConsistent();
        assertThat(find(three.get(2).getSlug())).isEmpty();
    }

    @Test
    void withSolrGoneTheDatabaseAnswersDiacriticInsensitively() {
        DatabaseProductSearch database = new DatabaseProductSearch(fixture.db.em(), fixture.clock);
        SearchResult plain = fixture.db.inTransaction(em -> database.search(request(Map.of("q", "keo dua"))));
        SearchResult accented = fixture.db.inTransaction(em -> database.search(request(Map.of("q", "KẸO DỪA"))));
        // typed decomposed (NFD), as some keyboards send it
        SearchResult decomposed = fixture.db.inTransaction(em -> database.search(
                request(Map.of("q", java.text.Normalizer.normalize("kẹo dừa", java.text.Normalizer.Form.NFD)))));

        assertThat(plain.fallback()).isTrue();
        assertThat(plain.total()).isGreaterThan(1);
        assertThat(plain.items()).allSatisfy(hit -> assertThat(
                vn.dacsan.platform.text.VietnameseText.fold(hit.name() + " " + hit.producer().name())).contains("keo", "dua"));
        assertThat(accented.items()).extracting(SearchResult.ProductHit::id)
                .containsExactlyElementsOf(plain.items().stream().map(SearchResult.ProductHit::id).toList());
        assertThat(decomposed.total()).isEqualTo(plain.total());

        SearchResult cheapFirst = fixture.db.inTransaction(em -> database.search(
                request(Map.of("q", "keo dua", "sort", "price_asc", "size", "2"))));
        assertThat(cheapFirst.items()).hasSize(2);
        assertThat(cheapFirst.items().get(0).priceVnd()).isLessThanOrEqualTo(cheapFirst.items().get(1).priceVnd());
        assertThat(fixture.db.inTransaction(em -> database.search(request(Map.of("q", "khong co san pham nao")))).total())
                .isZero();
        long all = fixture.db.inTransaction(em -> fixture.index.liveCount());
        assertThat(fixture.db.inTransaction(em -> database.search(request(Map.of()))).total()).isEqualTo(all);
    }

    private static SearchRequest request(Map<String, String> params) {
        return SearchRequest.parse(params::get, SearchSettings.DEFAULTS);
    }

    private IndexReconciliation.Report awaitConsistent() {
        SearchFixture.await(() -> reconciliation.check().consistent(), Duration.ofSeconds(15), "index equal to the database");
        return reconciliation.last().orElseThrow();
    }

    private Clock later() {
        return Clock.offset(fixture.clock, Duration.ofMinutes(10));
    }

    private OutboxIndexer indexer(ProductIndex index, Clock clock) {
        return new OutboxIndexer(fixture.db.em(), index, clock, BATCH, 300);
    }

    /** Drains as the server's schedule does: each step in its own transaction. */
    private int drain(OutboxIndexer indexer) {
        int total = 0;
        while (true) {
            OutboxIndexer.Batch batch = fixture.db.inTransaction(em -> indexer.due());
            if (batch.isEmpty()) {
                return total;
            }
            try {
                fixture.db.run(() -> indexer.apply(batch));
            } catch (RuntimeException e) {
                fixture.db.run(() -> indexer.failed(batch, e.getMessage()));
                throw e;
            }
            fixture.db.run(() -> indexer.completed(batch));
            total += batch.entryIds().size();
        }
    }

    private long outboxSize() {
        return fixture.db.inTransaction(em -> em.createQuery("select count(e) from SearchOutboxEntry e", Long.class)
                .getSingleResult());
    }

    private List<Product> liveProducts(int count) {
        return fixture.db.inTransaction(em -> em.createQuery(
                        "select p from Product p where p.status = :live order by p.id", Product.class)
                .setParameter("live", ProductStatus.LIVE).setMaxResults(count).getResultList());
    }

    private List<SearchResult.ProductHit> find(String slug) {
        return fixture.search().search(request(Map.of("size", "100"))).items().stream()
                .filter(h -> h.slug().equals(slug)).toList();
    }

    /** The real Solr node behind a client that passes on only the first {@code limit} documents, then fails. */
    private final class DyingAfter implements AutoCloseable {

        final AtomicInteger sent = new AtomicInteger();
        private final int limit;
        private final SearchClient client;

        DyingAfter(int limit) {
            this.limit = limit;
            SolrClient real = fixture.client.solr();
            SolrClient dying = new SolrClient() {
                @Override
                public NamedList<Object> request(SolrRequest<?> request, String collection)
                        throws SolrServerException, IOException {
                    if (request instanceof UpdateRequest update && update.getDocuments() != null) {
                        int room = limit - sent.get();
                        List<SolrInputDocument> docs = update.getDocuments();
                        if (docs.size() > room) {
                            if (room > 0) {
                                UpdateRequest part = new UpdateRequest();
                                part.add(docs.subList(0, room));
                                part.setCommitWithin(ProductIndex.VISIBLE_WITHIN_MS);
                                real.request(part, collection);
                                sent.addAndGet(room);
                            }
                            throw new SolrServerException("indexer died after " + limit + " documents");
                        }
                        sent.addAndGet(docs.size());
                    }
                    return real.request(request, collection);
                }

                @Override
                public void close() {
                }
            };
            client = new SearchClient() {
                @Override
                SolrClient solr() {
                    return dying;
                }
            };
        }

        SearchClient client() {
            return client;
        }

        @Override
        public void close() {
        }
    }
}
