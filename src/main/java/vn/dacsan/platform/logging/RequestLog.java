package vn.dacsan.platform.logging;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Loggers for the application's classes: java.util.logging (what Payara writes to its log),
 * with every line written while serving a request prefixed by "[request-id] ". JUL has no MDC;
 * a logger's filter sees each record first, so this is where the id is added.
 */
public final class RequestLog {

    private static final Filter TAG = RequestLog::tag;

    private RequestLog() {
    }

    public static Logger logger(Class<?> type) {
        Logger logger = Logger.getLogger(type.getName());
        logger.setFilter(TAG);
        return logger;
    }

    static boolean tag(LogRecord record) {
        RequestId.current().ifPresent(id -> {
            String message = record.getMessage();
            if (message == null || !message.startsWith("[" + id + "] ")) {
                record.setMessage("[" + id + "] " + (message == null ? "" : message));
            }
        });
        return true;
    }
}
