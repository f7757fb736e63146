package vn.dacsan.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlDataSourceTest {

    @TempDir
    Path dir;

    @Test
    void h2FileDatabasesAreOpenedThroughTheInterruptSafeFileSystem() {
        assertThat(UrlDataSource.interruptSafe("jdbc:h2:file:/srv/dacsan/db/marketplace;AUTO_SERVER=FALSE"))
                .isEqualTo("jdbc:h2:async:/srv/dacsan/db/marketplace;AUTO_SERVER=FALSE");
        assertThat(UrlDataSource.interruptSafe("jdbc:h2:nio:./data/db")).isEqualTo("jdbc:h2:async:./data/db");
        assertThat(UrlDataSource.interruptSafe("jdbc:h2:./data/db")).isEqualTo("jdbc:h2:async:./data/db");
        assertThat(UrlDataSource.interruptSafe("jdbc:h2:~/db")).isEqualTo("jdbc:h2:async:~/db");
        assertThat(UrlDataSource.interruptSafe("jdbc:h2:C:/data/db")).isEqualTo("jdbc:h2:async:C:/data/db");
    }

    @Test
    void otherDatabasesKeepTheirUrl() {
        for (String url : new String[] {"jdbc:h2:mem:marketplace;DB_CLOSE_DELAY=-1", "jdbc:h2:async:/srv/db",
                "jdbc:h2:tcp://db.example:9092/marketplace", "jdbc:postgresql://127.0.0.1:5432/dacsan"}) {
            assertThat(UrlDataSource.interruptSafe(url)).isEqualTo(url);
        }
    }

    @Test
    void aQueryOnAnInterruptedThreadDoesNotCloseTheDatabaseForEveryoneElse() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("marketplace");
        UrlDataSource dataSource = new UrlDataSource();
        dataSource.setUrl(url);
        try (Connection c = dataSource.getConnection("sa", "")) {
            c.createStatement().execute("create table product(id int primary key, name varchar(200))");
            try (PreparedStatement insert = c.prepareStatement("insert into product values (?, ?)")) {
                for (int i = 0; i < 50_000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "Kẹo dừa sáp số " + i + ", hộp 500 g, Hợp tác xã Tân Quới");
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
            }
        }
        // reopened with a small cache, so the query below has to read pages from the file
        dataSource.setUrl(url + ";CACHE_SIZE=256");
        try (Connection c = dataSource.getConnection("sa", "")) {
            Thread.currentThread().interrupt();
            try {
                assertThat(count(c, "%99%")).isPositive();
            } finally {
                Thread.interrupted();
            }
            assertThat(count(c, "%88%")).isPositive();
        }
        try (Connection other = dataSource.getConnection("sa", "")) {
            assertThat(count(other, "%77%")).isPositive();
        }
    }

    private static long count(Connection c, String like) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("select count(*) from product where name like ?")) {
            query.setString(1, like);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
