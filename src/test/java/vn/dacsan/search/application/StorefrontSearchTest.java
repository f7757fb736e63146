package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Timer;
import org.junit.jupiter.api.Test;

class StorefrontSearchTest {

    @Test
    void theDatabaseFallbackAnswersFlaggedAndIsCounted() {
        RecordingDatabaseSearch database = new RecordingDatabaseSearch();
        StorefrontSearch search = storefront(database);
        SearchRequest request = SearchRequest.parse(Map.of("q", "keo dua")::get, SearchSettings.DEFAULTS);

        SearchResult result = search.fromDatabase(request);

        assertThat(result.fallback()).isTrue();
        assertThat(database.calls).isEqualTo(1);
        assertThat(search.fallbacks.getCount()).isEqualTo(1);
    }

    @Test
    void aRequestWithUnknownFiltersIsRefusedBeforeTheDatabaseIsAsked() {
        RecordingDatabaseSearch database = new RecordingDatabaseSearch();
        StorefrontSearch search = storefront(database);
        SearchRequest request = SearchRequest.parse(Map.of("group", "khong-co")::get, SearchSettings.DEFAULTS);

        assertThatThrownBy(() -> search.fromDatabase(request)).isInstanceOf(InvalidSearchRequestException.class);
        assertThat(database.calls).isZero();
        assertThat(search.fallbacks.getCount()).isZero();
    }

    @Test
    void whenSolrFailsTheDatabaseAnswersAndAfterTwoFailuresInFourSolrIsLeftAlone() {
        RecordingDatabaseSearch database = new RecordingDatabaseSearch();
        FailingSolr solr = new FailingSolr();
        StorefrontSearch search = storefront(database, solr);
        SearchRequest request = SearchRequest.parse(Map.of("q", "keo dua")::get, SearchSettings.DEFAULTS);

        for (int i = 0; i < 4; i++) {
            assertThat(search.search(request).fallback()).isTrue();
        }
        assertThat(solr.searches).isEqualTo(4);
        assertThat(search.suggest("keo")).isEmpty();

        assertThat(search.search(request).fallback()).as("the circuit is open").isTrue();
        assertThat(solr.searches).as("Solr is not asked while the circuit is open").isEqualTo(4);
        assertThat(database.calls).isEqualTo(5);
        assertThat(search.fallbacks.getCount()).isEqualTo(5);
        assertThat(search.searches.getCount()).as("every search is timed, answered by Solr or not").isEqualTo(5);
    }

    @Test
    void aRequestSolrRefusesReachesTheCallerAndKeepsTheCircuitClosed() {
        RecordingDatabaseSearch database = new RecordingDatabaseSearch();
        FailingSolr solr = new FailingSolr();
        solr.failure = new InvalidSearchRequestException("group", "Unknown OCOP group 'khong-co'");
        StorefrontSearch search = storefront(database, solr);
        SearchRequest request = SearchRequest.parse(Map.of("q", "keo dua")::get, SearchSettings.DEFAULTS);

        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> search.search(request)).isSameAs(solr.failure);
        }
        assertThat(solr.searches).isEqualTo(6);
        assertThat(database.calls).isZero();
    }

    private static StorefrontSearch storefront(DatabaseProductSearch database) {
        return storefront(database, new ProductSearchService(null, Clock.systemUTC(), SearchSettings.DEFAULTS,
                StorefrontSearchTest::noVocabulary));
    }

    private static StorefrontSearch storefront(DatabaseProductSearch database, ProductSearchService solr) {
        StorefrontSearch search = new StorefrontSearch();
        search.solr = solr;
        search.database = database;
        search.fallbacks = new CountingCounter();
        search.searches = new CountingTimer();
        search.circuitDelayMs = 10_000;
        search.openCircuits();
        return search;
    }

    private static SearchVocabulary noVocabulary() {
        return new SearchVocabulary(Map.of(), Map.of(), Map.of());
    }

    private static final class FailingSolr extends ProductSearchService {
        RuntimeException failure = new SearchUnavailableException("Search is temporarily unavailable", null);
        int searches;

        FailingSolr() {
            super(null, Clock.systemUTC(), SearchSettings.DEFAULTS, StorefrontSearchTest::noVocabulary);
        }

        @Override
        public SearchResult search(SearchRequest request) {
            searches++;
            throw failure;
        }

        @Override
        public List<Suggestion> suggest(String typed) {
            throw failure;
        }
    }

    private static final class CountingTimer implements Timer {
        private final AtomicLong count = new AtomicLong();

        @Override
        public void update(Duration duration) {
            count.incrementAndGet();
        }

        @Override
        public <T> T time(Callable<T> event) throws Exception {
            count.incrementAndGet();
            return event.call();
        }

        @Override
        public void time(Runnable event) {
            count.incrementAndGet();
            event.run();
        }

        @Override
        public Context time() {
            return new Context() {
                @Override
                public long stop() {
                    count.incrementAndGet();
                    return 0;
                }

                @Override
                public void close() {
                    stop();
                }
            };
        }

        @Override
        public Duration getElapsedTime() {
            return Duration.ZERO;
        }

        @Override
        public long getCount() {
            return count.get();
        }

        @Override
        public Snapshot getSnapshot() {
            throw new UnsupportedOperationException();
        }
    }

    private static final class RecordingDatabaseSearch extends DatabaseProductSearch {
        int calls;

        @Override
        public SearchResult search(SearchRequest request) {
            calls++;
            return new SearchResult(0, request.page(), request.size(), List.of(), Map.of(), null, false, true);
        }
    }

    private static final class CountingCounter implements Counter {
        private final AtomicLong count = new AtomicLong();

        @Override
        public void inc() {
            count.incrementAndGet();
        }

        @Override
        public void inc(long n) {
            count.addAndGet(n);
        }

        @Override
        public long getCount() {
            return count.get();
        }
    }
}
