package vn.dacsan.search.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts an outbox drain as soon as a transaction that wrote to the outbox commits, instead of
 * waiting for the indexer's next timer tick: an approved listing becomes searchable in the
 * time Solr takes to index and open a searcher. Once per transaction however many products it
 * touched, and coalesced: while a drain is already asked for, further commits add nothing (that
 * drain reads their entries too). The timer stays the safety net; a rolled-back transaction
 * asks for nothing.
 */
@ApplicationScoped
public class IndexerNudge {

    private static final String REGISTERED = IndexerNudge.class.getName();

    @Resource
    TransactionSynchronizationRegistry transactions;
    @Resource
    ManagedExecutorService executor;
    @Inject
    IndexerSchedule schedule;

    private final AtomicBoolean asked = new AtomicBoolean();

    /** Call inside the transaction that wrote outbox entries. */
    public void afterCommit() {
        if (transactions == null || transactions.getResource(REGISTERED) != null) {
            return;
        }
        transactions.putResource(REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    drainSoon();
                }
            }
        });
    }

    void drainSoon() {
        if (!asked.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                asked.set(false);
                schedule.drainNow();
            });
        } catch (RejectedExecutionException e) {
            asked.set(false); // the timer drains it
        }
    }
}
