package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.catalog.application.CatalogService;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.media.MediaStore;
import vn.dacsan.search.domain.SearchOutboxEntry;

/** The database is the truth: outbox entries drain into Solr, survive failures, and a reindex converges. */
class OutboxIndexingIT {

    private SearchFixture fixture;
    private OutboxIndexer indexer;
    private CatalogService catalog;

    @BeforeEach
    void loadDemoCatalogueWithoutIndexing() throws Exception {
        fixture = new SearchFixture();
        MediaStore media = new MediaStore(Files.createTempDirectory("media"));
        fixture.db.run(() -> DemoCatalog.read().loadInto(fixture.db.em(), fixture.outbox, media, fixture.clock));
        indexer = indexer(fixture.index, fixture.clock);
        catalog = new CatalogService(fixture.db.em(), fixture.outbox, fixture.clock);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private OutboxIndexer indexer(ProductIndex index, Clock clock) {
        return new OutboxIndexer(fixture.db.em(), index, clock, 20, 300);
    }

    /** Drains like the server's schedule does, each step in its own transaction. */
    private int drain(OutboxIndexer outboxIndexer) {
        int total = 0;
        while (true) {
            OutboxIndexer.Batch batch = fixture.db.inTransaction(em -> outboxIndexer.due());
            if (batch.isEmpty()) {
                return total;
            }
            try {
                fixture.db.run(() -> outboxIndexer.apply(batch));
            } catch (RuntimeException e) {
                fixture.db.run(() -> outboxIndexer.failed(batch, e.getMessage()));
                throw e;
            }
            fixture.db.run(() -> outboxIndexer.completed(batch));
            total += batch.entryIds().size();
        }
    }

    private long outboxSize() {
        return fixture.db.inTransaction(em -> em.createQuery("select count(e) from SearchOutboxEntry e", Long.class).getSingleResult());
    }

    private Product product(String slug) {
        return fixture.db.inTransaction(em -> em.createQuery("select p from Product p where p.slug = :s", Product.class)
                .setParameter("s", slug).getSingleResult());
    }

    private List<SearchResult.ProductHit> find(String slug) {
        return fixture.search().search(SearchRequest.parse(Map.of("size", "100")::get, SearchSettings.DEFAULTS))
                .items().stream().filter(h -> h.slug().equals(slug)).toList();
    }

    @Test
    void seededCatalogueReachesSearchOnlyThroughTheOutbox() {
        int live = (int) (long) fixture.db.inTransaction(em -> fixture.index.liveCount());
        assertThat(outboxSize()).isEqualTo(live);
        assertThat(fixture.index.indexedCount()).isZero();

        assertThat(drain(indexer)).isEqualTo(live);
        assertThat(outboxSize()).isZero();
        fixture.awaitVisible(live);
    }

    @Test
    void committedChangesAreIndexedAndRolledBackOnesLeaveNoTrace() {
        drain(indexer);
        Product candy = product("keo-dua-sap-ca-cao");

        fixture.db.run(() -> catalog.changePrice(candy.getId(), 71_000));
        assertThat(outboxSize()).isEqualTo(1);
        assertThatThrownBy(() -> fixture.db.run(() -> {
            catalog.changePrice(candy.getId(), 1);
            throw new IllegalStateException("checkout failed half-way");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(outboxSize()).isEqualTo(1);

        drain(indexer);
        SearchFixture.await(() -> find("keo-dua-sap-ca-cao").stream().anyMatch(h -> h.priceVnd() == 71_000),
                Duration.ofSeconds(10), "new price in search");

        fixture.db.run(() -> catalog.changeStatus(candy.getId(), ProductStatus.WITHDRAWN));
        drain(indexer);
        SearchFixture.await(() -> find("keo-dua-sap-ca-cao").isEmpty(), Duration.ofSeconds(10), "withdrawn product gone");
    }

    @Test
    void failedIndexingKeepsEntriesBacksOffAndConvergesWhenSolrReturns() {
        SearchClient dead = SearchClient.forUrl("http://127.0.0.1:9/solr", "products");
        OutboxIndexer failing = indexer(new ProductIndex(fixture.db.em(), dead, fixture.clock), fixture.clock);
        long pending = outboxSize();

        assertThatThrownBy(() -> drain(failing)).isInstanceOf(SearchUnavailableException.class);
        // Solr comes back at once: a clock stopped here, so a slow machine cannot outwait the back-off
        Clock backAtOnce = Clock.fixed(fixture.clock.instant(), fixture.clock.getZone());
        assertThat(outboxSize()).isEqualTo(pending);
        List<SearchOutboxEntry> failed = fixture.db.inTransaction(em -> em.createQuery(
                "select e from SearchOutboxEntry e where e.attempts > 0", SearchOutboxEntry.class).getResultList());
        assertThat(failed).hasSize(20).allSatisfy(e -> {
            assertThat(e.getLastError()).isNotBlank();
            assertThat(e.getNextAttemptAt()).isAfter(backAtOnce.instant());
        });

        // Solr is back: the entries not yet tried go first; the failed ones wait out their back-off
        drain(indexer(fixture.index, backAtOnce));
        assertThat(outboxSize()).isEqualTo(20);
        OutboxIndexer later = indexer(fixture.index, Clock.offset(backAtOnce, Duration.ofSeconds(5)));
        drain(later);
        assertThat(outboxSize()).isZero();
        fixture.awaitVisible(pending);
        dead.close();
    }

    @Test
    void fullReindexRebuildsFromTheDatabaseAndDropsStrays() throws Exception {
        SolrInputDocument stray = new SolrInputDocument();
        stray.setField("id", ProductDocuments.id(999_999));
        stray.setField("doc_type", "product");
        stray.setField("name", "Sản phẩm không còn trong cơ sở dữ liệu");
        fixture.client.solr().add(stray, ProductIndex.VISIBLE_WITHIN_MS);
        fixture.awaitVisible(1);

        // a product taken off the marketplace stays out, whichever page of the reindex it falls on
        Product candy = product("keo-dua-sap-ca-cao");
        fixture.db.run(() -> catalog.changeStatus(candy.getId(), ProductStatus.WITHDRAWN));

        int live = fixture.db.inTransaction(em -> fixture.index.reindexAll(n -> { }));
        assertThat(live).isEqualTo((int) (long) fixture.db.inTransaction(em -> fixture.index.liveCount()));
        fixture.awaitVisible(live);
        assertThat(find("keo-dua-sap-ca-cao")).isEmpty();
        assertThat(fixture.index.indexedCount()).isEqualTo(live);
    }

    @Test
    void changesIndexedDuringAFullReindexInPlaceAreNotLost() {
        drain(indexer);
        Product renamed = product("keo-dua-sap-ca-cao");
        Product relisted = product("mat-ong-hoa-nhan");
        fixture.db.run(() -> catalog.changeStatus(relisted.getId(), ProductStatus.WITHDRAWN));
        drain(indexer);
        long liveBefore = fixture.db.inTransaction(em -> fixture.index.liveCount());
        fixture.awaitVisible(liveBefore);
        int[] calls = {0};

        fixture.db.inTransaction(em -> fixture.index.reindexAll(n -> {
            if (calls[0]++ == 0) {
                // both changes land after the rebuild has read the page holding these products
                em.createQuery("update Product p set p.name = :name where p.id = :id")
                        .setParameter("name", "Đàn xylophon tre").setParameter("id", renamed.getId()).executeUpdate();
                em.createQuery("update Product p set p.status = :live where p.id = :id")
                        .setParameter("live", ProductStatus.LIVE).setParameter("id", relisted.getId()).executeUpdate();
                em.clear();
                fixture.index.refresh(List.of(renamed.getId(), relisted.getId()));
                fixture.awaitVisible(liveBefore + 1);
            }
        }));

        assertThat(find("mat-ong-hoa-nhan")).as("relisted during the rebuild, not removed as stale").hasSize(1);
        assertThat(fixture.search().search(SearchRequest.parse(Map.of("q", "xylophon")::get, SearchSettings.DEFAULTS))
                .items()).extracting(SearchResult.ProductHit::slug).containsExactly("keo-dua-sap-ca-cao");
    }

    @Test
    void backOffGrowsAndIsCapped() {
        SearchOutboxEntry entry = new SearchOutboxEntry(SearchOutboxEntry.PRODUCT, 1, Instant.EPOCH);
        entry.failed("down", Instant.EPOCH, Duration.ofSeconds(300));
        assertThat(entry.getNextAttemptAt()).isEqualTo(Instant.EPOCH.plusSeconds(1));
        entry.failed("down", Instant.EPOCH, Duration.ofSeconds(300));
        assertThat(entry.getNextAttemptAt()).isEqualTo(Instant.EPOCH.plusSeconds(2));
        for (int i = 0; i < 20; i++) {
            entry.failed("down", Instant.EPOCH, Duration.ofSeconds(300));
        }
        assertThat(entry.getNextAttemptAt()).isEqualTo(Instant.EPOCH.plusSeconds(300));
        assertThat(entry.getAttempts()).isEqualTo(22);
    }
}
