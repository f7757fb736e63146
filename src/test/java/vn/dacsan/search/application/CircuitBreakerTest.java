package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dacsan.search.application.CircuitBreaker.REFUSED;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.dacsan.search.application.CircuitBreaker.State;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final CircuitBreaker circuit = new CircuitBreaker(4, 0.5, Duration.ofSeconds(10), 2, now::get);

    @Test
    void opensOnlyOnceAFullWindowHoldsHalfFailures() {
        fail();
        fail();
        assertThat(circuit.state()).as("two calls are not yet a window of four").isEqualTo(State.CLOSED);
        succeed();
        assertThat(circuit.state()).isEqualTo(State.CLOSED);
        succeed();
        assertThat(circuit.state()).isEqualTo(State.OPEN);
        assertThat(circuit.enter()).isEqualTo(REFUSED);
    }

    @Test
    void oldOutcomesLeaveTheWindow() {
        fail();
        succeed();
        succeed();
        succeed();
        succeed();
        fail();
        assertThat(circuit.state()).as("the first failure has left the window of the last four").isEqualTo(State.CLOSED);
        fail();
        assertThat(circuit.state()).isEqualTo(State.OPEN);
    }

    @Test
    void afterTheDelayTwoTrialsGoThroughAndTwoSuccessesCloseItWithAnEmptyWindow() {
        open();
        now.addAndGet(Duration.ofMillis(9_999).toNanos());
        assertThat(circuit.enter()).isEqualTo(REFUSED);
        now.addAndGet(Duration.ofMillis(1).toNanos());

        long first = circuit.enter();
        long second = circuit.enter();
        assertThat(circuit.state()).isEqualTo(State.HALF_OPEN);
        assertThat(first).isNotEqualTo(REFUSED);
        assertThat(second).isNotEqualTo(REFUSED);
        assertThat(circuit.enter()).as("a third call while two trials are out").isEqualTo(REFUSED);

        circuit.succeeded(first);
        assertThat(circuit.state()).isEqualTo(State.HALF_OPEN);
        circuit.succeeded(second);
        assertThat(circuit.state()).isEqualTo(State.CLOSED);

        fail();
        fail();
        succeed();
        assertThat(circuit.state()).as("the failures before it opened are forgotten").isEqualTo(State.CLOSED);
    }

    @Test
    void aFailedTrialOpensItForAnotherFullDelay() {
        open();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        long trial = circuit.enter();
        circuit.failed(trial);
        assertThat(circuit.state()).isEqualTo(State.OPEN);

        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(circuit.enter()).isEqualTo(REFUSED);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(circuit.enter()).isNotEqualTo(REFUSED);
    }

    @Test
    void anOutcomeFromBeforeTheLastChangeChangesNothing() {
        long slow = circuit.enter();
        open();
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        long trial = circuit.enter();

        circuit.succeeded(slow);
        circuit.failed(slow);
        assertThat(circuit.state()).as("the slow call started while it was closed").isEqualTo(State.HALF_OPEN);

        circuit.succeeded(trial);
        circuit.succeeded(circuit.enter());
        assertThat(circuit.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new CircuitBreaker(0, 0.5, Duration.ZERO, 1, now::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CircuitBreaker(4, 1.5, Duration.ZERO, 1, now::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CircuitBreaker(4, 0.5, Duration.ofSeconds(-1), 1, now::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delay");
    }

    private void open() {
        for (int i = 0; i < 4; i++) {
            fail();
        }
        assertThat(circuit.state()).isEqualTo(State.OPEN);
    }

    private void fail() {
        long ticket = circuit.enter();
        assertThat(ticket).isNotEqualTo(REFUSED);
        circuit.failed(ticket);
    }

    private void succeed() {
        long ticket = circuit.enter();
        assertThat(ticket).isNotEqualTo(REFUSED);
        circuit.succeeded(ticket);
    }
}
