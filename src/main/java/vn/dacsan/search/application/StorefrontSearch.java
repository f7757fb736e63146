package vn.dacsan.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.Metric;
import vn.dacsan.platform.logging.RequestLog;

/**
 * The search the storefront pages and the public API use: Solr within a bounded time, and the
 * database when Solr is slow or down. When half of the last 4 searches failed the circuit opens
 * and searches go straight to the database for {@code dacsan.search.circuit-delay-ms}, so an
 * outage costs shoppers no waiting; then two searches try Solr again. Autocomplete has a circuit
 * of its own and answers nothing while it is open. The time limits ({@code dacsan.search.timeout-ms},
 * {@code …suggest-timeout-ms}) are the Solr queries' own ({@link QueryTimer}).
 */
@ApplicationScoped
public class StorefrontSearch {

    private static final Logger LOG = RequestLog.logger(StorefrontSearch.class);
    static final int CIRCUIT_WINDOW = 4;
    static final double CIRCUIT_FAILURE_RATIO = 0.5;
    static final int CIRCUIT_TRIALS = 2;

    @Inject
    ProductSearchService solr;
    @Inject
    DatabaseProductSearch database;
    @Inject
    @Metric(name = "dacsan.search.fallback", absolute = true,
            description = "Searches answered by the database because Solr was slow or down")
    Counter fallbacks;
    @Inject
    @Metric(name = "dacsan.search", absolute = true, unit = MetricUnits.NANOSECONDS,
            description = "Storefront searches (Solr or the database fallback)")
    Timer searches;
    @Inject
    @ConfigProperty(name = "dacsan.search.circuit-delay-ms", defaultValue = "10000")
    long circuitDelayMs;

    private CircuitBreaker searchCircuit;
    private CircuitBreaker suggestCircuit;

    @PostConstruct
    void openCircuits() {
        Duration delay = Duration.ofMillis(circuitDelayMs);
        searchCircuit = new CircuitBreaker(CIRCUIT_WINDOW, CIRCUIT_FAILURE_RATIO, delay, CIRCUIT_TRIALS, System::nanoTime);
        suggestCircuit = new CircuitBreaker(CIRCUIT_WINDOW, CIRCUIT_FAILURE_RATIO, delay, CIRCUIT_TRIALS, System::nanoTime);
    }

    public SearchSettings settings() {
        return solr.settings();
    }

    public SearchVocabulary vocabulary() {
        return solr.vocabulary();
    }

    public SearchResult search(SearchRequest request) {
        try (Timer.Context timing = searches.time()) {
            return guarded(searchCircuit, () -> solr.search(request), () -> fromDatabase(request));
        }
    }

    SearchResult fromDatabase(SearchRequest request) {
        solr.vocabulary().check(request);
        fallbacks.inc();
        LOG.fine("Search answered from the database: Solr is slow or down");
        return database.search(request);
    }

    public List<Suggestion> suggest(String typed) {
        return guarded(suggestCircuit, () -> solr.suggest(typed), List::of);
    }

    /**
     * Solr's answer, or the fallback's when Solr failed or the circuit is open. A request the
     * shopper got wrong is Solr doing its job: it counts as a success and reaches the caller.
     */
    private static <T> T guarded(CircuitBreaker circuit, Supplier<T> solr, Supplier<T> fallback) {
        long ticket = circuit.enter();
        if (ticket == CircuitBreaker.REFUSED) {
            return fallback.get();
        }
        T answer;
        try {
            answer = solr.get();
        } catch (InvalidSearchRequestException refused) {
            circuit.succeeded(ticket);
            throw refused;
        } catch (RuntimeException failure) {
            circuit.failed(ticket);
            return fallback.get();
        } catch (Error failure) {
            circuit.failed(ticket);
            throw failure;
        }
        circuit.succeeded(ticket);
        return answer;
    }
}
