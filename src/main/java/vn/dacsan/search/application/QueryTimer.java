package vn.dacsan.search.application;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrServerException;

/**
 * Time limits for the storefront's Solr queries. A query still waiting for Solr at its deadline
 * has its thread interrupted, which aborts SolrJ's request, and fails with
 * {@link QueryTimedOutException}; the interrupt is cleared before the caller goes on.
 *
 * <p>MicroProfile Fault Tolerance's {@code @Timeout} did this before. Payara schedules each of
 * those timeouts on a managed executor, which captures the caller's thread context by looking
 * up context providers through a ServiceLoader: a scan of every jar of the server and of the
 * application on every search, a quarter of the server's CPU for a search through the API.
 * One daemon thread that only ever interrupts costs microseconds a query.
 */
final class QueryTimer implements AutoCloseable {

    /** One timed call of Solr. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws SolrServerException, IOException;
    }

    /** When a search's queries must have been answered: {@link System#nanoTime()} plus the limit. */
    record Deadline(long nanoTime, Duration limit) {
        static Deadline in(Duration limit) {
            return new Deadline(System.nanoTime() + limit.toNanos(), limit);
        }
    }

    private final ScheduledThreadPoolExecutor alarms;

    QueryTimer() {
        alarms = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "solr-query-timer");
            thread.setDaemon(true);
            return thread;
        });
        // most queries answer in time: their alarms leave the queue when cancelled
        alarms.setRemoveOnCancelPolicy(true);
    }

    /**
     * Runs {@code call} on this thread, interrupting it if it is still running at the deadline. A
     * call that fails once its alarm has rung failed because of it, whatever SolrJ made of the
     * interrupt: that is reported as {@link QueryTimedOutException}.
     */
    <T> T within(Deadline deadline, Call<T> call) throws SolrServerException, IOException {
        long left = deadline.nanoTime() - System.nanoTime();
        if (left <= 0) {
            throw new QueryTimedOutException(deadline.limit(), null);
        }
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> scheduled = alarms.schedule(alarm, left, TimeUnit.NANOSECONDS);
        try {
            return call.run();
        } catch (SolrServerException | IOException | RuntimeException e) {
            if (alarm.stop()) {
                throw new QueryTimedOutException(deadline.limit(), e);
            }
            throw e;
        } finally {
            scheduled.cancel(false);
            if (alarm.stop()) {
                // the interrupt was for the Solr call only: what runs next (the database
                // fallback, the page) must not inherit it
                Thread.interrupted();
            }
        }
    }

    @Override
    public void close() {
        alarms.shutdownNow();
    }

    /** Interrupts its thread once, unless stopped first; after {@link #stop()} it never interrupts. */
    private static final class Alarm implements Runnable {
        private final Thread thread;
        private boolean stopped;
        private boolean rang;

        Alarm(Thread thread) {
            this.thread = thread;
        }

        @Override
        public synchronized void run() {
            if (!stopped) {
                rang = true;
                thread.interrupt();
            }
        }

        /** Whether it rang; called again, the same answer. */
        synchronized boolean stop() {
            stopped = true;
            return rang;
        }
    }
}
