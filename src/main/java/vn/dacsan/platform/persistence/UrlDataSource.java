package vn.dacsan.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A plain DataSource that connects to whatever JDBC URL the configuration names (H2 or
 * PostgreSQL), so one application-defined pool serves the embedded default and production.
 * The server pools its connections; this class only opens them.
 *
 * <p>An H2 file database is opened through H2's {@code async:} file system: with the default
 * one, a read on a thread that has been interrupted (the search timeout interrupts the thread it
 * guards) closes the file channel, and every later query fails until the server restarts.
 */
public class UrlDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private PrintWriter logWriter;
    private int loginTimeout;

    private void configure() {
        if (url == null) {
            Config config = ConfigProvider.getConfig(UrlDataSource.class.getClassLoader());
            url = config.getValue("dacsan.db.url", String.class);
            user = config.getOptionalValue("dacsan.db.user", String.class).orElse("");
            password = config.getOptionalValue("dacsan.db.password", String.class).orElse("");
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        configure();
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        configure();
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (pass != null && !pass.isEmpty()) {
            properties.setProperty("password", pass);
        }
        Connection connection = driverFor(url).connect(interruptSafe(url), properties);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts the configured dacsan.db.url");
        }
        return connection;
    }

    /**
     * The same H2 database, opened so a thread interrupt cannot close its file: {@code file:},
     * {@code nio:} or a bare path becomes {@code async:}. Other URLs are returned unchanged.
     */
    static String interruptSafe(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String database = url.substring("jdbc:h2:".length());
        for (String prefix : new String[] {"file:", "nio:"}) {
            if (database.startsWith(prefix)) {
                return "jdbc:h2:async:" + database.substring(prefix.length());
            }
        }
        // a bare path (./data/db, ~/db, /srv/db, C:/db); tcp:, mem:, async: and the rest keep theirs
        boolean barePath = database.startsWith(".") || database.startsWith("~") || database.startsWith("/")
                || database.matches("(?s)[A-Za-z]:[/\\\\].*");
        return barePath ? "jdbc:h2:async:" + database : url;
    }

    private static Driver driverFor(String url) throws SQLException {
        String driverClass;
        if (url.startsWith("jdbc:h2:")) {
            driverClass = "org.h2.Driver";
        } else if (url.startsWith("jdbc:postgresql:")) {
            driverClass = "org.postgresql.Driver";
        } else {
            throw new SQLException("Unsupported database URL (H2 or PostgreSQL expected): " + url.split(":", 3)[1]);
        }
        try {
            return (Driver) Class.forName(driverClass, true, UrlDataSource.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("JDBC driver missing: " + driverClass, e);
        }
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
