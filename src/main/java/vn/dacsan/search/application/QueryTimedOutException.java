package vn.dacsan.search.application;

import java.time.Duration;

/** Solr did not answer a storefront query within its time limit. */
public class QueryTimedOutException extends SearchUnavailableException {
    public QueryTimedOutException(Duration limit, Throwable cause) {
        super("Solr did not answer within " + limit.toMillis() + " ms", cause);
    }
}
