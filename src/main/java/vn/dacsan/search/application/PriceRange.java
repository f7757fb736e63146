package vn.dacsan.search.application;

import java.util.List;

/** The price buckets offered as a facet (whole VND, lower bound inclusive, upper exclusive). */
public record PriceRange(String key, Long min, Long maxExclusive) {

    public static final List<PriceRange> BUCKETS = List.of(
            new PriceRange("0-50000", 0L, 50_000L),
            new PriceRange("50000-100000", 50_000L, 100_000L),
            new PriceRange("100000-200000", 100_000L, 200_000L),
            new PriceRange("200000-500000", 200_000L, 500_000L),
            new PriceRange("500000-", 500_000L, null));
}
