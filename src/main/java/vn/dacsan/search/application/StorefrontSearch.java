package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.eclipse.microprofile.metrics.annotation.Timed;
import vn.dacsan.platform.logging.RequestLog;

/**
 * The search the storefront pages and the public API use: Solr within a bounded time, and the
 * database when Solr is slow or down. After repeated failures the circuit opens and searches go
 * straight to the database for a while, so an outage costs shoppers no waiting. The thresholds
 * and delay are MicroProfile Fault Tolerance settings (microprofile-config.properties); the time
 * limits ({@code dacsan.search.timeout-ms}, {@code …suggest-timeout-ms}) are the Solr queries'
 * own ({@link QueryTimer}), not {@code @Timeout}, whose context capture in Payara costs a
 * quarter of a search's CPU.
 */
@ApplicationScoped
public class StorefrontSearch {

    private static final Logger LOG = RequestLog.logger(StorefrontSearch.class);

    @Inject
    ProductSearchService solr;
    @Inject
    DatabaseProductSearch database;
    @Inject
    @Metric(name = "dacsan.search.fallback", absolute = true,
            description = "Searches answered by the database because Solr was slow or down")
    Counter fallbacks;

    public SearchSettings settings() {
        return solr.settings();
    }

    public SearchVocabulary vocabulary() {
        return solr.vocabulary();
    }

    @Timed(name = "dacsan.search", absolute = true, description = "Storefront searches (Solr or the database fallback)")
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10000,
            successThreshold = 2, skipOn = InvalidSearchRequestException.class)
    @Fallback(fallbackMethod = "fromDatabase", skipOn = InvalidSearchRequestException.class)
    public SearchResult search(SearchRequest request) {
        return solr.search(request);
    }

    SearchResult fromDatabase(SearchRequest request) {
        solr.vocabulary().check(request);
        fallbacks.inc();
        LOG.fine("Search answered from the database: Solr is slow or down");
        return database.search(request);
    }

    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10000,
            successThreshold = 2, skipOn = InvalidSearchRequestException.class)
    @Fallback(fallbackMethod = "noSuggestions", skipOn = InvalidSearchRequestException.class)
    public List<Suggestion> suggest(String typed) {
        return solr.suggest(typed);
    }

    List<Suggestion> noSuggestions(String typed) {
        return List.of();
    }
}
