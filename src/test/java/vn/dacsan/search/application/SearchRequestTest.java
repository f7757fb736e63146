package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    private static SearchRequest parse(Map<String, String> params) {
        return SearchRequest.parse(params::get, SearchSettings.DEFAULTS);
    }

    @Test
    void defaultsToFirstPageOfTwentyFourByRelevance() {
        SearchRequest request = parse(Map.of());
        assertThat(request.page()).isEqualTo(1);
        assertThat(request.size()).isEqualTo(24);
        assertThat(request.sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(request.hasText()).isFalse();
    }

    @Test
    void normalisesTextToNfcAndCollapsesSpaces() {
        assertThat(parse(Map.of("q", "  ke\u0323o   du\u031b\u0300a \u200b")).text()).isEqualTo("kẹo dừa");
        assertThat(parse(Map.of("q", "   ")).hasText()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "page,0,page", "page,-3,page", "page,abc,page", "size,101,size", "size,0,size",
            "sort,cheapest,sort", "stars,2,stars", "stars,6,stars", "stars,x,stars", "kind,FARM,kind",
            "minPrice,-1,minPrice", "maxPrice,12abc,maxPrice", "group,'../etc',group", "province,Vĩnh Long,province"})
    void refusesBadParametersNamingThem(String name, String value, String parameter) {
        assertThatThrownBy(() -> parse(Map.of(name, value)))
                .isInstanceOf(InvalidSearchRequestException.class)
                .extracting(e -> ((InvalidSearchRequestException) e).parameter()).isEqualTo(parameter);
    }

    @Test
    void refusesControlCharactersOverlongTextDeepPagesAndInvertedPriceRanges() {
        assertThatThrownBy(() -> parse(Map.of("q", "keo\u0000dua"))).isInstanceOf(InvalidSearchRequestException.class);
        assertThatThrownBy(() -> parse(Map.of("q", "x".repeat(10_000)))).isInstanceOf(InvalidSearchRequestException.class)
                .hasMessageContaining("too long");
        assertThatThrownBy(() -> parse(Map.of("page", "1000", "size", "100"))).isInstanceOf(InvalidSearchRequestException.class);
        assertThatThrownBy(() -> parse(Map.of("minPrice", "90000", "maxPrice", "10000")))
                .isInstanceOf(InvalidSearchRequestException.class);
    }

    @Test
    void escapesQuerySyntaxSoItIsSearchedAsWords() {
        assertThat(QueryText.literal("*:*")).isEqualTo("\\*\\:\\*");
        assertThat(QueryText.literal("{!join from=id to=id}x")).isEqualTo("\\{\\!join from=id to=id\\}x");
        assertThat(QueryText.literal("Kẹo AND Dừa")).isEqualTo("kẹo and dừa");
    }
}
