package vn.dacsan.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @AfterEach
    void clear() {
        RequestId.clear();
    }

    @Test
    void aSensibleCallerIdIsKeptAnythingElseReplaced() {
        assertThat(RequestId.acceptOrCreate("lb-7f3a.42")).isEqualTo("lb-7f3a.42");
        assertThat(RequestId.acceptOrCreate("<script>")).matches("[0-9a-f-]{36}");
        assertThat(RequestId.acceptOrCreate("x".repeat(65))).matches("[0-9a-f-]{36}");
        assertThat(RequestId.acceptOrCreate(null)).matches("[0-9a-f-]{36}");
    }

    @Test
    void newIdsAreDistinctRandomUuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestId.acceptOrCreate(null);
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void linesLoggedDuringARequestCarryItsIdOnce() {
        LogRecord record = new LogRecord(Level.INFO, "Order {0} placed");
        RequestLog.tag(record);
        assertThat(record.getMessage()).isEqualTo("Order {0} placed");

        RequestId.bind("req-1");
        RequestLog.tag(record);
        RequestLog.tag(record);
        assertThat(record.getMessage()).isEqualTo("[req-1] Order {0} placed");
    }
}
