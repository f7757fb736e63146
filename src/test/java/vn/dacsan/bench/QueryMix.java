package vn.dacsan.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dacsan.platform.text.VietnameseText;

/** The fixed query mix: unaccented, accented, two-syllable, facet filters, price sorts, deep pages. */
final class QueryMix {

    record Query(String text, String group, Integer stars, String province, String sort, int page) {

        boolean accented() {
            return !text.equals(VietnameseText.fold(text));
        }

        Query unaccented() {
            return new Query(VietnameseText.fold(text), group, stars, province, sort, page);
        }

        Query firstPage() {
            return new Query(text, group, stars, province, sort, 1);
        }

        Map<String, String> params(int size) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("q", text);
            put(p, "group", group);
            put(p, "stars", stars == null ? null : stars.toString());
            put(p, "province", province);
            put(p, "sort", sort.equals("relevance") ? null : sort);
            put(p, "page", page == 1 ? null : String.valueOf(page));
            p.put("size", String.valueOf(size));
            return p;
        }

        String queryString(int size) {
            StringBuilder b = new StringBuilder();
            params(size).forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return b.toString();
        }

        String label() {
            StringBuilder b = new StringBuilder('"' + text + '"');
            if (group != null) {
                b.append(" group=").append(group);
            }
            if (stars != null) {
                b.append(" stars=").append(stars);
            }
            if (province != null) {
                b.append(" province=").append(province);
            }
            if (!sort.equals("relevance")) {
                b.append(" sort=").append(sort);
            }
            if (page > 1) {
                b.append(" page=").append(page);
            }
            return b.toString();
        }

        private static void put(Map<String, String> p, String key, String value) {
            if (value != null) {
                p.put(key, value);
            }
        }
    }

    static final int PAGE_SIZE = 24;

    static final List<Query> MIX = List.of(
            new Query("keo dua", null, null, null, "relevance", 1),
            new Query("kẹo dừa", null, null, null, "relevance", 1),
            new Query("nuoc cot dua", null, null, null, "relevance", 1),
            new Query("nước cốt dừa", null, null, null, "relevance", 1),
            new Query("mật ong", "thuc-pham", null, null, "relevance", 1),
            new Query("sầu riêng", null, 4, null, "relevance", 1),
            new Query("banh trang", null, null, "vinh-long", "relevance", 1),
            new Query("bánh tráng", null, null, null, "price_asc", 1),
            new Query("dừa", "thuc-pham", null, null, "price_desc", 1),
            new Query("keo", null, null, null, "relevance", 20),
            new Query("rượu nếp", null, 3, "vinh-long", "relevance", 1),
            new Query("tinh dau", null, null, null, "price_asc", 10));

    /** Texts for the storefront page and REST load runs (no filters). */
    static final List<String> TEXTS = List.of("keo dua", "kẹo dừa", "mat ong", "sầu riêng", "banh trang", "nước mắm",
            "tinh dầu", "ruou nep");

    private QueryMix() {
    }
}
