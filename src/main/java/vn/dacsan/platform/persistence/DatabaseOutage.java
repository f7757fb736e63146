package vn.dacsan.platform.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a failure caused by the database being unreachable (refused, dropped or no connection
 * left in the pool) from any other failure: the first is a 503 "try again shortly", with the
 * transaction rolled back; the second stays a bug to log. Looks through the whole cause chain,
 * since JPA, JTA, EJB and Faces each wrap the driver's exception.
 */
public final class DatabaseOutage {

    /** H2's "connection broken" and "IO exception" error codes (its SQL states are not 08xxx). */
    private static final int H2_CONNECTION_BROKEN = 90067;
    private static final int H2_IO_EXCEPTION = 90028;

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = next(cause)) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && (connectionState(sql.getSQLState())
                    || sql.getErrorCode() == H2_CONNECTION_BROKEN || sql.getErrorCode() == H2_IO_EXCEPTION)) {
                return true;
            }
            // the server's pool says it could not get a connection (its classes are not on our compile path)
            String type = cause.getClass().getSimpleName();
            if (type.equals("PoolingException") || type.equals("ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionState(String sqlState) {
        return sqlState != null && sqlState.startsWith("08");
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getNextException() != null && cause.getCause() == null) {
            return sql.getNextException();
        }
        return cause.getCause();
    }
}
