package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import vn.dacsan.search.domain.SearchOutboxEntry;

/** Where catalogue changes say "reindex this" — inside their own transaction. */
@ApplicationScoped
public class SearchOutbox {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;

    @Inject
    Clock clock;
    @Inject
    IndexerNudge nudge;

    public SearchOutbox() {
    }

    public SearchOutbox(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void productChanged(long productId) {
        em.persist(new SearchOutboxEntry(SearchOutboxEntry.PRODUCT, productId, clock.instant()));
        if (nudge != null) {
            nudge.afterCommit();
        }
    }

    /** A news article changed (written, published, archived): bring the news index in line. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void articleChanged(long articleId) {
        em.persist(new SearchOutboxEntry(SearchOutboxEntry.ARTICLE, articleId, clock.instant()));
        if (nudge != null) {
            nudge.afterCommit();
        }
    }

    /** How much waits to be indexed, and since when: zero and null when the index is up to date. */
    public record Backlog(long entries, Instant oldestEnqueuedAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Backlog backlog() {
        Object[] row = em.createQuery("select count(e), min(e.enqueuedAt) from SearchOutboxEntry e", Object[].class).getSingleResult();
        return new Backlog((Long) row[0], (Instant) row[1]);
    }
}
