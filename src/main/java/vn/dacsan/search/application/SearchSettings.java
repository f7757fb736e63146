package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits for a search request, from configuration: paging, query length, and the time Solr gets
 * to answer a search (all its queries) or an autocomplete before the storefront stops waiting.
 */
public record SearchSettings(int defaultPageSize, int maxPageSize, int maxQueryLength, int maxResultWindow,
                             Duration timeout, Duration suggestTimeout) {

    public static final SearchSettings DEFAULTS = new SearchSettings(24, 100, 200, 10_000,
            Duration.ofMillis(2000), Duration.ofMillis(1000));

    public SearchSettings {
        if (timeout.isNegative() || timeout.isZero() || suggestTimeout.isNegative() || suggestTimeout.isZero()) {
            throw new IllegalArgumentException("dacsan.search.timeout-ms and dacsan.search.suggest-timeout-ms must be positive");
        }
    }

    /** Reads dacsan.search.* once per application. */
    @ApplicationScoped
    public static class Producer {
        @Produces
        @Singleton
        SearchSettings settings() {
            Config config = ConfigProvider.getConfig(SearchSettings.class.getClassLoader());
            return new SearchSettings(
                    config.getOptionalValue("dacsan.search.page-size", Integer.class).orElse(24),
                    config.getOptionalValue("dacsan.search.max-page-size", Integer.class).orElse(100),
                    config.getOptionalValue("dacsan.search.max-query-length", Integer.class).orElse(200),
                    config.getOptionalValue("dacsan.search.max-result-window", Integer.class).orElse(10_000),
                    Duration.ofMillis(config.getOptionalValue("dacsan.search.timeout-ms", Long.class).orElse(2000L)),
                    Duration.ofMillis(config.getOptionalValue("dacsan.search.suggest-timeout-ms", Long.class).orElse(1000L)));
        }
    }
}
