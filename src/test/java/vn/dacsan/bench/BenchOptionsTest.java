package vn.dacsan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    private static final String NAME = "bench.options-test";

    @AfterEach
    void forget() {
        System.clearProperty(NAME);
    }

    @Test
    void anAbsentOrEmptyOptionTakesItsDefault() {
        assertThat(BenchOptions.count(NAME, 100_000, 1_000, 10_000_000)).isEqualTo(100_000);
        System.setProperty(NAME, " ");
        assertThat(BenchOptions.count(NAME, 100_000, 1_000, 10_000_000)).isEqualTo(100_000);
        assertThat(BenchOptions.flag(NAME)).isFalse();
    }

    @Test
    void readsWholeNumbersSecondsAndFlags() {
        System.setProperty(NAME, "1_000_000");
        assertThat(BenchOptions.count(NAME, 100_000, 1_000, 10_000_000)).isEqualTo(1_000_000);
        System.setProperty(NAME, "0");
        assertThat(BenchOptions.seconds(NAME, 30, 0)).isEqualTo(Duration.ZERO);
        System.setProperty(NAME, "TRUE");
        assertThat(BenchOptions.flag(NAME)).isTrue();
    }

    @Test
    void aValueTheOptionCannotTakeIsRefusedByName() {
        System.setProperty(NAME, "1m");
        assertThatThrownBy(() -> BenchOptions.count(NAME, 100_000, 1_000, 10_000_000))
                .hasMessage("-D" + NAME + "=1m: needs a whole number from 1000 to 10000000");
        System.setProperty(NAME, "500");
        assertThatThrownBy(() -> BenchOptions.count(NAME, 100_000, 1_000, 10_000_000))
                .hasMessageContaining("from 1000 to 10000000");
        System.setProperty(NAME, "-3");
        assertThatThrownBy(() -> BenchOptions.seconds(NAME, 10, 1)).hasMessageContaining("from 1 to 86400");
        System.setProperty(NAME, "yes");
        assertThatThrownBy(() -> BenchOptions.flag(NAME)).hasMessage("-D" + NAME + "=yes: needs true or false");
    }
}
