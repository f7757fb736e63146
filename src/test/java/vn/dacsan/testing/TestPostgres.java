package vn.dacsan.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL server of the integration suite's second pass. {@code -Dtest.db=postgres}
 * (the Maven profile "postgres") sends every test database there; each one lives in a fresh
 * schema of its own, dropped when the test is done, so runs never see each other's rows.
 */
public final class TestPostgres {

    private TestPostgres() {
    }

    /** True in the PostgreSQL pass. */
    public static boolean chosen() {
        return "postgres".equalsIgnoreCase(System.getProperty("test.db", "h2"));
    }

    /** The server's JDBC URL, or empty when none is configured. */
    public static Optional<String> url() {
        return Optional.ofNullable(System.getProperty("dacsan.test.postgres.url"))
                .or(() -> Optional.ofNullable(System.getenv("DACSAN_TEST_POSTGRES_URL")))
                .filter(url -> !url.isBlank());
    }

    /** The server's URL; the PostgreSQL pass fails loudly without one rather than test H2 twice. */
    public static String requiredUrl() {
        return url().orElseThrow(() -> new IllegalStateException(
                "-Dtest.db=postgres needs -Ddacsan.test.postgres.url=jdbc:postgresql://127.0.0.1:5432/dacsan"
                        + " (or DACSAN_TEST_POSTGRES_URL)"));
    }

    public static String user() {
        return System.getProperty("dacsan.test.postgres.user", "dacsan");
    }

    public static String password() {
        return System.getProperty("dacsan.test.postgres.password", "dacsan");
    }

    /** A new empty schema named {@code prefix} + a random suffix. */
    public static String createSchema(String prefix) {
        String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create schema " + schema);
        return schema;
    }

    public static void dropSchema(String schema) {
        execute("drop schema if exists " + schema + " cascade");
    }

    /** The server's URL with this schema as the connection's search path. */
    public static String urlFor(String schema) {
        String url = requiredUrl();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(requiredUrl(), user(), password());
             Statement statement = connection.createStatement()) {
            // a server still holding the schema must not hang the test JVM at its end
            statement.execute("set lock_timeout = '10s'");
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server refused: " + sql, e);
        }
    }
}
