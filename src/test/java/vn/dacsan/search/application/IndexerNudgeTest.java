package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IndexerNudgeTest {

    private final Drains drains = new Drains();
    private final Threads threads = new Threads();
    private final IndexerNudge nudge = new IndexerNudge();

    IndexerNudgeTest() {
        nudge.schedule = drains;
        nudge.threads = threads;
    }

    @AfterEach
    void stop() {
        nudge.stop();
    }

    @Test
    void aCommitStartsADrainWithoutWaitingForTheTimer() throws Exception {
        nudge.drainSoon();

        assertThat(drains.started.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        drains.finish();
        nudge.drainSoon();
        assertThat(drains.started.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        drains.finish();
        assertThat(threads.made).as("one thread for every drain").hasSize(1);
    }

    @Test
    void commitsDuringADrainAskForOneMoreDrainNotOneEach() throws Exception {
        nudge.drainSoon();
        assertThat(drains.started.tryAcquire(5, TimeUnit.SECONDS)).isTrue();

        for (int i = 0; i < 50; i++) {
            nudge.drainSoon();
        }
        drains.finish();
        assertThat(drains.started.tryAcquire(5, TimeUnit.SECONDS)).as("the drain asked for meanwhile").isTrue();
        drains.finish();

        assertThat(drains.started.tryAcquire(300, TimeUnit.MILLISECONDS)).as("no third drain").isFalse();
        assertThat(drains.count.get()).isEqualTo(2);
    }

    @Test
    void aDrainTheContainerRefusesDoesNotStopTheNextOnes() throws Exception {
        drains.refuseNext = true;
        nudge.drainSoon();
        assertThat(drains.started.tryAcquire(5, TimeUnit.SECONDS)).isTrue();

        nudge.drainSoon();

        assertThat(drains.started.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        drains.finish();
    }

    @Test
    void withoutAThreadTheTimerIsLeftToDrain() throws Exception {
        threads.refuse = true;

        nudge.drainSoon();
        nudge.drainSoon();

        assertThat(drains.started.tryAcquire(300, TimeUnit.MILLISECONDS)).isFalse();
        threads.refuse = false;
        nudge.drainSoon();
        assertThat(drains.started.tryAcquire(5, TimeUnit.SECONDS)).as("asked again once a thread is there").isTrue();
        drains.finish();
    }

    @Test
    void stoppingEndsTheThreadAndLaterCommitsAskForNothing() throws Exception {
        nudge.drainSoon();
        assertThat(drains.started.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        drains.finish();

        nudge.stop();
        threads.made.get(0).join(5000);
        nudge.drainSoon();

        assertThat(threads.made.get(0).isAlive()).isFalse();
        assertThat(drains.started.tryAcquire(300, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(threads.made).hasSize(1);
    }

    /** Each drain signals that it started, then waits until the test lets it finish. */
    private static final class Drains extends IndexerSchedule {
        final Semaphore started = new Semaphore(0);
        final AtomicInteger count = new AtomicInteger();
        private volatile CountDownLatch done = new CountDownLatch(1);
        volatile boolean refuseNext;

        @Override
        public void drainNow() {
            CountDownLatch mine = done;
            count.incrementAndGet();
            started.release();
            if (refuseNext) {
                refuseNext = false;
                throw new IllegalStateException("container refused the call");
            }
            try {
                mine.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void finish() {
            CountDownLatch finishing = done;
            done = new CountDownLatch(1);
            finishing.countDown();
        }
    }

    private static final class Threads implements ManagedThreadFactory {
        final List<Thread> made = new ArrayList<>();
        volatile boolean refuse;

        @Override
        public synchronized Thread newThread(Runnable work) {
            if (refuse) {
                throw new IllegalStateException("no threads now");
            }
            Thread thread = new Thread(work);
            made.add(thread);
            return thread;
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    }
}
