package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.search.domain.SearchOutboxEntry;

/**
 * Drains the search outbox in batches: reads due entries, updates the product index and the
 * news index for what they name, then deletes exactly those entries. A change made meanwhile leaves a new entry,
 * so nothing is lost; a failure keeps the entries and backs off.
 */
@ApplicationScoped
public class OutboxIndexer {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    ProductIndex index;
    @Inject
    NewsIndex newsIndex;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dacsan.indexer.batch-size", defaultValue = "500")
    int batchSize;
    @Inject
    @ConfigProperty(name = "dacsan.indexer.max-backoff-seconds", defaultValue = "300")
    long maxBackoffSeconds;

    public OutboxIndexer() {
    }

    /** Products only (tests of the product index). */
    OutboxIndexer(EntityManager em, ProductIndex index, Clock clock, int batchSize, long maxBackoffSeconds) {
        this(em, index, null, clock, batchSize, maxBackoffSeconds);
    }

    OutboxIndexer(EntityManager em, ProductIndex index, NewsIndex newsIndex, Clock clock, int batchSize, long maxBackoffSeconds) {
        this.em = em;
        this.index = index;
        this.newsIndex = newsIndex;
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxBackoffSeconds = maxBackoffSeconds;
    }

    /** A batch of due entries: their ids and the products and articles they name. */
    public record Batch(List<Long> entryIds, Set<Long> productIds, Set<Long> articleIds) {
        public boolean isEmpty() {
            return entryIds.isEmpty();
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch due() {
        List<SearchOutboxEntry> entries = em.createQuery(
                        "select e from SearchOutboxEntry e where e.nextAttemptAt <= :now order by e.id",
                        SearchOutboxEntry.class)
                .setParameter("now", clock.instant())
                .setMaxResults(batchSize)
                .getResultList();
        Set<Long> products = new LinkedHashSet<>();
        Set<Long> articles = new LinkedHashSet<>();
        for (SearchOutboxEntry entry : entries) {
            (SearchOutboxEntry.ARTICLE.equals(entry.getEntityType()) ? articles : products).add(entry.getEntityId());
        }
        return new Batch(entries.stream().map(SearchOutboxEntry::getId).toList(), products, articles);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void apply(Batch batch) {
        index.refresh(batch.productIds());
        if (!batch.articleIds().isEmpty()) {
            newsIndex.refresh(batch.articleIds());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completed(Batch batch) {
        em.createQuery("delete from SearchOutboxEntry e where e.id in :ids")
                .setParameter("ids", batch.entryIds())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Batch batch, String error) {
        for (Long id : batch.entryIds()) {
            SearchOutboxEntry entry = em.find(SearchOutboxEntry.class, id);
            if (entry != null) {
                entry.failed(error, clock.instant(), Duration.ofSeconds(maxBackoffSeconds));
            }
        }
    }

    /**
     * One full pass: returns how many entries were indexed (0 when nothing was due). Each step
     * runs in its own transaction, so {@code self} must be this bean's container proxy (a
     * call on {@code this} would bypass the transaction interceptor).
     */
    public static int drainOnce(OutboxIndexer self) {
        Batch batch = self.due();
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            self.apply(batch);
        } catch (RuntimeException e) {
            self.failed(batch, e.getMessage());
            throw e;
        }
        self.completed(batch);
        return batch.entryIds().size();
    }
}
