package vn.dacsan.search.application;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/**
 * Sends the batches of a full reindex to one collection on a few threads of its own, so the next
 * page is read from the database while Solr indexes the previous ones, and Solr indexes more than
 * one batch at a time. At most as many batches are in flight as there are threads: the reader
 * waits rather than piling pages up in memory. The first failure is thrown from the next
 * {@link #send} or from {@link #finish}.
 */
final class BatchSender implements AutoCloseable {

    private final SearchClient client;
    private final String collection;
    private final int threads;
    private final ExecutorService executor;
    private final Deque<Future<?>> inFlight = new ArrayDeque<>();
    private final AtomicInteger acknowledged = new AtomicInteger();

    BatchSender(SearchClient client, String collection, int threads) {
        this.client = client;
        this.collection = collection;
        this.threads = threads;
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "reindex-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Hands a batch over; waits first while every thread is busy with an earlier one. */
    void send(List<SolrInputDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        while (inFlight.size() >= threads) {
            await(inFlight.removeFirst());
        }
        inFlight.addLast(executor.submit(() -> {
            client.solr().add(collection, documents);
            acknowledged.addAndGet(documents.size());
            return null;
        }));
    }

    /** Documents Solr has accepted so far. */
    int acknowledged() {
        return acknowledged.get();
    }

    /** Waits until Solr has accepted every batch handed over. */
    void finish() {
        while (!inFlight.isEmpty()) {
            await(inFlight.removeFirst());
        }
    }

    private static void await(Future<?> batch) {
        try {
            batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("Reindex interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SolrServerException || cause instanceof IOException || cause instanceof SolrException) {
                throw new SearchUnavailableException("Reindex failed: " + cause.getMessage(), cause);
            }
            throw new IllegalStateException("Reindex failed: " + cause, cause);
        }
    }

    /** Stops the threads; batches still in flight after a failure are abandoned. */
    @Override
    public void close() {
        inFlight.forEach(batch -> batch.cancel(true));
        executor.shutdownNow();
    }
}
