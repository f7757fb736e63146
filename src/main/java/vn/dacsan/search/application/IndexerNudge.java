package vn.dacsan.search.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts an outbox drain as soon as a transaction that wrote to the outbox commits, instead of
 * waiting for the indexer's next timer tick: an approved listing becomes searchable in the
 * time Solr takes to index and open a searcher. Once per transaction however many products it
 * touched, and coalesced: while a drain is already asked for, further commits add nothing (that
 * drain reads their entries too). The timer stays the safety net; a rolled-back transaction
 * asks for nothing.
 * <p>
 * The drains run on one long-lived thread of the server's, woken by each commit. Handing each
 * drain to a managed executor instead captured the caller's context every time, which in
 * Payara searches every jar of the server and the application for a service file.
 */
@ApplicationScoped
public class IndexerNudge {

    private static final Logger LOG = Logger.getLogger(IndexerNudge.class.getName());
    private static final String REGISTERED = IndexerNudge.class.getName();

    @Resource
    TransactionSynchronizationRegistry transactions;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    IndexerSchedule schedule;

    private final AtomicBoolean asked = new AtomicBoolean();
    /** One permit while a drain is asked for and the thread has not yet taken it. */
    private final Semaphore wake = new Semaphore(0);
    private Thread drainer;
    private volatile boolean stopped;

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
        if (started()) {
            wake.release();
        } else {
            asked.set(false); // the timer drains it
        }
    }

    private synchronized boolean started() {
        if (stopped) {
            return false;
        }
        if (drainer == null) {
            try {
                drainer = threads.newThread(this::drainWhenAsked);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "No thread for prompt search indexing; the indexer's timer drains the outbox", e);
            }
            if (drainer == null) {
                return false;
            }
            drainer.setName("search-outbox-nudge");
            drainer.setDaemon(true);
            drainer.start();
        }
        return true;
    }

    private void drainWhenAsked() {
        while (!stopped) {
            try {
                wake.acquire();
            } catch (InterruptedException e) {
                return; // stopped
            }
            asked.set(false);
            try {
                schedule.drainNow();
            } catch (RuntimeException e) {
                // the drain logs its own failures; this is the container refusing the call
                LOG.log(Level.FINE, "Prompt outbox drain not run; the timer drains it", e);
            }
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (drainer != null) {
            drainer.interrupt();
        }
    }
}
