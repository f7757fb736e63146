package vn.dacsan.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aRefusedOrBrokenConnectionDeepInTheChainIsAnOutage() {
        PersistenceException postgresRefused = new PersistenceException("Exception [EclipseLink-4002]",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("Connection refused")));
        PersistenceException h2Broken = new PersistenceException(new RuntimeException(
                new SQLException("Connection is broken: \"session closed\"", "90067", 90067)));

        assertThat(DatabaseOutage.causedBy(new RuntimeException("EJB", postgresRefused))).isTrue();
        assertThat(DatabaseOutage.causedBy(h2Broken)).isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(new PoolingException("no connection")))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseOutage.causedBy(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalArgumentException("bad input"))).isFalse();
        assertThat(DatabaseOutage.causedBy(null)).isFalse();
    }

    /** Named like the server's pool exception, which this project does not compile against. */
    private static final class PoolingException extends Exception {
        PoolingException(String message) {
            super(message);
        }
    }
}
