package vn.dacsan.search.application;

import java.util.function.Function;
import java.util.regex.Pattern;
import vn.dacsan.platform.text.VietnameseText;

/**
 * One validated storefront search: free text plus facet filters, sort and page. Built from
 * raw request parameters by {@link #parse}, which names the offending parameter on bad input.
 */
public record SearchRequest(String text, String group, Integer stars, String province, String commune,
                            String kind, Long minPrice, Long maxPrice, SearchSort sort, int page, int size) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9.\\-]{0,79}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final long MAX_PRICE = 1_000_000_000_000L;

    public static SearchRequest browse(int size) {
        return new SearchRequest(null, null, null, null, null, null, null, null, SearchSort.RELEVANCE, 1, size);
    }

    public static SearchRequest parse(Function<String, String> param, SearchSettings settings) {
        String text = text(param.apply("q"), settings.maxQueryLength());
        int page = integer(param.apply("page"), "page", 1);
        if (page < 1) {
            throw new InvalidSearchRequestException("page", "page starts at 1");
        }
        int size = integer(param.apply("size"), "size", settings.defaultPageSize());
        if (size < 1 || size > settings.maxPageSize()) {
            throw new InvalidSearchRequestException("size", "size must be between 1 and " + settings.maxPageSize());
        }
        if ((long) (page - 1) * size + size > settings.maxResultWindow()) {
            throw new InvalidSearchRequestException("page", "Results beyond the first " + settings.maxResultWindow()
                    + " cannot be paged to; narrow the search instead");
        }
        Integer stars = null;
        String starsParam = blankToNull(param.apply("stars"));
        if (starsParam != null) {
            stars = integer(starsParam, "stars", 0);
            if (stars < 3 || stars > 5) {
                throw new InvalidSearchRequestException("stars", "OCOP stars are 3, 4 or 5");
            }
        }
        Long minPrice = price(param.apply("minPrice"), "minPrice");
        Long maxPrice = price(param.apply("maxPrice"), "maxPrice");
        if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
            throw new InvalidSearchRequestException("minPrice", "minPrice must not exceed maxPrice");
        }
        return new SearchRequest(text,
                code(param.apply("group"), "group"), stars,
                code(param.apply("province"), "province"),
                code(param.apply("commune"), "commune"),
                kind(param.apply("kind")),
                minPrice, maxPrice, SearchSort.parse(param.apply("sort")), page, size);
    }

    public boolean hasText() {
        return text != null;
    }

    public int start() {
        return (page - 1) * size;
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(text, group, stars, province, commune, kind, minPrice, maxPrice, sort, newPage, size);
    }

    private static String text(String raw, int maxLength) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > maxLength * 4) {
            throw new InvalidSearchRequestException("q", "The search text is too long (at most " + maxLength + " characters)");
        }
        if (CONTROL.matcher(raw.replace('\t', ' ')).find()) {
            throw new InvalidSearchRequestException("q", "The search text contains control characters");
        }
        String normalised = SPACES.matcher(INVISIBLE.matcher(VietnameseText.nfc(raw)).replaceAll("")).replaceAll(" ").strip();
        if (normalised.length() > maxLength) {
            throw new InvalidSearchRequestException("q", "The search text is too long (at most " + maxLength + " characters)");
        }
        return normalised.isEmpty() ? null : normalised;
    }

    private static int integer(String raw, String name, int fallback) {
        String value = blankToNull(raw);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearchRequestException(name, name + " must be a whole number");
        }
    }

    private static Long price(String raw, String name) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        long price;
        try {
            price = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearchRequestException(name, name + " must be a whole number of đồng");
        }
        if (price < 0 || price > MAX_PRICE) {
            throw new InvalidSearchRequestException(name, name + " must be between 0 and " + MAX_PRICE);
        }
        return price;
    }

    private static String code(String raw, String name) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        if (!CODE.matcher(value).matches()) {
            throw new InvalidSearchRequestException(name, "Unknown " + name + " '" + shorten(value) + "'");
        }
        return value;
    }

    private static String kind(String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "ENTERPRISE", "COOPERATIVE", "COOPERATIVE_GROUP", "HOUSEHOLD" -> value;
            default -> throw new InvalidSearchRequestException("kind", "Unknown producer kind '" + shorten(value)
                    + "'; use ENTERPRISE, COOPERATIVE, COOPERATIVE_GROUP or HOUSEHOLD");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String shorten(String value) {
        String visible = CONTROL.matcher(value).replaceAll("?");
        return visible.length() > 40 ? visible.substring(0, 40) + "…" : visible;
    }
}
