package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Counter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StorefrontSearchTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void theDatabaseFallbackDoesNotRunWithTheInterruptMeantForTheTimedOutSolrCall() {
        RecordingDatabaseSearch database = new RecordingDatabaseSearch();
        StorefrontSearch search = storefront(database);
        SearchRequest request = SearchRequest.parse(Map.of("q", "keo dua")::get, SearchSettings.DEFAULTS);

        Thread.currentThread().interrupt();
        SearchResult result = search.fromDatabase(request);

        assertThat(result.fallback()).isTrue();
        assertThat(database.calls).isEqualTo(1);
        assertThat(database.interruptedWhenCalled).isFalse();
        assertThat(search.fallbacks.getCount()).isEqualTo(1);
    }

    private static StorefrontSearch storefront(DatabaseProductSearch database) {
        StorefrontSearch search = new StorefrontSearch();
        search.solr = new ProductSearchService(null, Clock.systemUTC(), SearchSettings.DEFAULTS,
                () -> new SearchVocabulary(Map.of(), Map.of(), Map.of()));
        search.database = database;
        search.fallbacks = new CountingCounter();
        return search;
    }

    private static final class RecordingDatabaseSearch extends DatabaseProductSearch {
        int calls;
        boolean interruptedWhenCalled;

        @Override
        public SearchResult search(SearchRequest request) {
            calls++;
            interruptedWhenCalled = Thread.currentThread().isInterrupted();
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
