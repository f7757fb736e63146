package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Vietnamese relevance on the real configset and demo catalogue: for each row of
 * search/relevance.csv, the expected product must appear in the top k results.
 * Covers unaccented, upper-case, NFD input, đ/Đ, tone placement and syllable order.
 */
class VietnameseRelevanceIT {

    private static SearchFixture fixture;
    private static ProductSearchService search;

    record Case(String query, List<String> expected, int k, String note) {
    }

    @BeforeAll
    static void indexDemoCatalogue() {
        fixture = new SearchFixture().withDemoCatalogue();
        search = fixture.search();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void everyQueryFindsItsProductInTheTopResults() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            SearchRequest request = SearchRequest.parse(p -> switch (p) {
                case "q" -> c.query();
                case "size" -> "10";
                default -> null;
            }, SearchSettings.DEFAULTS);
            List<String> top = search.search(request).items().stream().map(SearchResult.ProductHit::slug).toList();
            List<String> topK = top.subList(0, Math.min(c.k(), top.size()));
            if (topK.stream().noneMatch(c.expected()::contains)) {
                failures.add("'" + c.query() + "' expected " + c.expected() + " in top " + c.k() + " but got " + top
                        + " (" + c.note() + ")");
            }
        }
        assertThat(failures).as("relevance failures").isEmpty();
    }

    @Test
    void exactDiacriticsRankAboveFoldedMatches() {
        assertThat(topSlug("đường")).isEqualTo("duong-thot-not");
        assertThat(topSlug("dương")).isEqualTo("banh-trang-duong-thanh");
    }

    @Test
    void decomposedInputFindsTheSameAsComposed() {
        String composed = "kẹo dừa sáp ca cao";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(topSlug(decomposed)).isEqualTo(topSlug(composed)).isEqualTo("keo-dua-sap-ca-cao");
    }

    private static String topSlug(String q) {
        SearchResult result = search.search(SearchRequest.parse(p -> "q".equals(p) ? q : null, SearchSettings.DEFAULTS));
        assertThat(result.items()).as("results for " + q).isNotEmpty();
        return result.items().get(0).slug();
    }

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = VietnameseRelevanceIT.class.getResourceAsStream("/search/relevance.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = csv(line);
                String query = fields.get(0);
                if (query.startsWith("nfd:")) {
                    query = Normalizer.normalize(query.substring(4), Normalizer.Form.NFD);
                }
                cases.add(new Case(query, Arrays.asList(fields.get(1).split("\\|")), Integer.parseInt(fields.get(2)),
                        fields.size() > 3 ? fields.get(3) : ""));
            }
        }
        return cases;
    }

    private static List<String> csv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
