package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchSettingsTest {

    @Test
    void timeLimitsMustBePositive() {
        assertThatThrownBy(() -> new SearchSettings(24, 100, 200, 10_000, Duration.ZERO, Duration.ofMillis(1000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dacsan.search.timeout-ms");
        assertThatThrownBy(() -> new SearchSettings(24, 100, 200, 10_000, Duration.ofMillis(2000), Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("suggest-timeout-ms");
    }
}
