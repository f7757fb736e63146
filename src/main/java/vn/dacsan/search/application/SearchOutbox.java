package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.dacsan.search.domain.SearchOutboxEntry;

/** Where catalogue changes say "reindex this" — inside their own transaction. */
@ApplicationScoped
public class SearchOutbox {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;

    @Inject
    Clock clock;

    public SearchOutbox() {
    }

    public SearchOutbox(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void productChanged(long productId) {
        em.persist(new SearchOutboxEntry(SearchOutboxEntry.PRODUCT, productId, clock.instant()));
    }
}
