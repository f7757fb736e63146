package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Limits for a search request, from configuration. */
public record SearchSettings(int defaultPageSize, int maxPageSize, int maxQueryLength, int maxResultWindow) {

    public static final SearchSettings DEFAULTS = new SearchSettings(24, 100, 200, 10_000);

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
                    config.getOptionalValue("dacsan.search.max-result-window", Integer.class).orElse(10_000));
        }
    }
}
