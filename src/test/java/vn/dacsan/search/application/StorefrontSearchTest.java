package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Counter;
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
