package vn.dacsan.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dacsan.catalog.api.ProductResource.Item;
import vn.dacsan.catalog.api.ProductResource.ProductList;
import vn.dacsan.catalog.api.ProductResource.Producer;
import vn.dacsan.search.application.SearchResult.FacetCount;

class ProductListWriterTest {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Test
    void writesExactlyWhatJsonBWroteForTheSameAnswer() throws Exception {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("group", List.of(new FacetCount("thuc-pham", 11234), new FacetCount("du-lich", 3)));
        facets.put("province", List.of(new FacetCount("vinh-long", 12321)));
        facets.put("commune", List.of());
        facets.put("kind", List.of(new FacetCount("COOPERATIVE", 4655)));
        facets.put("stars", List.of(new FacetCount("5", 1566)));
        facets.put("price", List.of(new FacetCount("500000-", 1294)));
        ProductList list = new ProductList(14721, 2, 24, List.of(
                new Item(10006628, "keo-dua-sua-10006628", "Kẹo dừa sữa \"Tư Thảo\" <500 g> & quà\t\\ 🥥", 68000,
                        "hộp 500 g", 4, new Producer(5000641, "cong-ty-tnhh-keo-dua-tan-quoi",
                        "Công ty TNHH Kẹo dừa Tân Quới", "ENTERPRISE"), "vinh-long", "vinh-long.tan-quoi",
                        "thuc-pham", "/media/products/10006628.webp", 346),
                new Item(997, "keo-dua-sua", "Kẹo dừa sữa", 0, null, null, new Producer(1, "hoa", "Hộ Đường", null),
                        null, null, null, null, 0)),
                facets, "kẹo dừa", false, true);

        assertThat(written(list)).isEqualTo(jsonb.toJson(list));
    }

    @Test
    void anEmptyAnswerWithoutSuggestionIsWrittenTheSameWayToo() throws Exception {
        ProductList list = new ProductList(0, 1, 24, List.of(), Map.of(), null, true, false);

        assertThat(written(list)).isEqualTo(jsonb.toJson(list));
    }

    @Test
    void onlyTheSearchAnswerIsTakenOverFromJsonB() {
        ProductListWriter writer = new ProductListWriter();

        assertThat(writer.isWriteable(ProductList.class, ProductList.class, null, MediaType.APPLICATION_JSON_TYPE))
                .isTrue();
        assertThat(writer.isWriteable(Item.class, Item.class, null, MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(writer.isWriteable(Object.class, Object.class, null, MediaType.APPLICATION_JSON_TYPE)).isFalse();
    }

    private static String written(ProductList list) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProductListWriter().writeTo(list, ProductList.class, ProductList.class, null, MediaType.APPLICATION_JSON_TYPE,
                null, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
