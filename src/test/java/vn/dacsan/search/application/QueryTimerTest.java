package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueryTimerTest {

    private final QueryTimer timer = new QueryTimer();

    @AfterEach
    void close() {
        timer.close();
        Thread.interrupted();
    }

    @Test
    void aCallAnsweredInTimeIsNeverInterruptedLater() throws Exception {
        String answer = timer.within(QueryTimer.Deadline.in(Duration.ofMillis(100)), () -> "answer");

        assertThat(answer).isEqualTo("answer");
        Thread.sleep(300);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aCallStillWaitingAtTheDeadlineIsInterruptedAndReportedAsTimedOut() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> timer.within(QueryTimer.Deadline.in(Duration.ofMillis(200)), () -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                // what SolrJ's Http2SolrClient makes of an interrupt
                throw new RuntimeException(e);
            }
            return "never";
        }))
                .isInstanceOf(QueryTimedOutException.class)
                .isInstanceOf(SearchUnavailableException.class)
                .hasMessage("Solr did not answer within 200 ms")
                .hasRootCauseInstanceOf(InterruptedException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(190), Duration.ofSeconds(5));
        // what the thread does next (the database fallback) runs without the interrupt
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aCallThatAnswersAfterSwallowingTheInterruptKeepsItsAnswerAndLeavesNoInterrupt() throws Exception {
        String answer = timer.within(QueryTimer.Deadline.in(Duration.ofMillis(50)), () -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                // a client that ignores interrupts and answers anyway
            }
            Thread.currentThread().interrupt();
            return "late";
        });

        assertThat(answer).isEqualTo("late");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aFailureBeforeTheDeadlinePassesThroughUnchanged() {
        IOException refused = new IOException("Connection refused");

        assertThatThrownBy(() -> timer.within(QueryTimer.Deadline.in(Duration.ofSeconds(5)), () -> {
            throw refused;
        })).isSameAs(refused);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aDeadlineAlreadyPassedDoesNotRunTheCall() {
        AtomicBoolean ran = new AtomicBoolean();
        QueryTimer.Deadline passed = new QueryTimer.Deadline(System.nanoTime() - 1, Duration.ofMillis(2000));

        assertThatThrownBy(() -> timer.within(passed, () -> ran.getAndSet(true)))
                .isInstanceOf(QueryTimedOutException.class).hasMessageContaining("2000 ms");
        assertThat(ran).isFalse();
    }

    @Test
    void aSearchAgainstASolrThatNeverAnswersStopsAtItsTimeLimit() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket stalled = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!stalled.isClosed()) {
                    try {
                        held.add(stalled.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            SearchClient client = SearchClient.forUrl("http://127.0.0.1:" + stalled.getLocalPort() + "/solr", "products");
            SearchSettings settings = new SearchSettings(24, 100, 200, 10_000, Duration.ofMillis(300), Duration.ofMillis(200));
            ProductSearchService service = new ProductSearchService(client, Clock.systemUTC(), settings,
                    () -> new SearchVocabulary(Map.of(), Map.of(), Map.of()));
            try {
                long started = System.nanoTime();
                assertThatThrownBy(() -> service.search(SearchRequest.parse(Map.of("q", "keo dua")::get, settings)))
                        .isInstanceOf(QueryTimedOutException.class).hasMessage("Solr did not answer within 300 ms");
                // SolrJ's own request timeout is 5 s: the search's limit cut it short
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(290), Duration.ofSeconds(3));
                assertThat(Thread.currentThread().isInterrupted()).isFalse();

                assertThatThrownBy(() -> service.suggest("keo"))
                        .isInstanceOf(QueryTimedOutException.class).hasMessage("Solr did not answer within 200 ms");
                assertThat(Thread.currentThread().isInterrupted()).isFalse();
                assertThat(held).isNotEmpty();
            } finally {
                client.close();
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }
}
