package vn.dacsan.search.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dacsan.platform.logging.RequestLog;

/** A full reindex from the database (products, then news), run in the background, with progress anyone can poll. */
@ApplicationScoped
public class ReindexJob {

    private static final Logger LOG = RequestLog.logger(ReindexJob.class);

    public enum State { IDLE, RUNNING, DONE, FAILED }

    public record Status(State state, long total, long indexed, Instant startedAt, Instant finishedAt, String message) {
    }

    @Resource
    ManagedExecutorService executor;
    @Inject
    ProductIndex index;
    @Inject
    NewsIndex newsIndex;
    @Inject
    Clock clock;

    private final AtomicReference<Status> status =
            new AtomicReference<>(new Status(State.IDLE, 0, 0, null, null, null));

    public Status status() {
        return status.get();
    }

    /** Starts a reindex unless one is running; returns the status either way. */
    public synchronized Status start() {
        if (status.get().state() == State.RUNNING) {
            return status.get();
        }
        long total = index.liveCount();
        Instant started = clock.instant();
        status.set(new Status(State.RUNNING, total, 0, started, null, null));
        executor.submit(() -> {
            try {
                int done = index.reindexAll(n -> status.set(new Status(State.RUNNING, total, n, started, null, null)));
                int articles = newsIndex.reindexAll();
                status.set(new Status(State.DONE, total, done, started, clock.instant(), null));
                LOG.info(() -> "Full reindex done: " + done + " products, " + articles + " articles");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Full reindex failed", e);
                status.set(new Status(State.FAILED, total, status.get().indexed(), started, clock.instant(),
                        "Search is unavailable; try again when it is back"));
            }
        });
        return status.get();
    }
}
