package vn.dacsan.search.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The orders a shopper can pick for results. */
public enum SearchSort {
    RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SearchSort parse(String value) {
        if (value == null || value.isBlank()) {
            return RELEVANCE;
        }
        for (SearchSort sort : values()) {
            if (sort.key().equals(value.trim())) {
                return sort;
            }
        }
        throw new InvalidSearchRequestException("sort", "Unknown sort '" + value.strip()
                + "'; use one of " + Arrays.stream(values()).map(SearchSort::key).collect(Collectors.joining(", ")));
    }
}
