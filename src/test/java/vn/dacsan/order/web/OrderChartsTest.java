package vn.dacsan.order.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dacsan.order.application.OrderFigures.Figure;

/** The chart settings are data: names go in as JSON strings, amounts as numbers, in the page's language. */
class OrderChartsTest {

    private static final List<Figure> PRODUCERS = List.of(
            new Figure("7", "Cơ sở \"Bà Hai\" </script><script>alert(1)</script>", "Ba Hai", 2, 150_000),
            new Figure("9", "Công ty TNHH Kẹo dừa An Hội", "An Hoi", 1, 65_000));

    @Test
    void barsCarryLabelsAndAmountsAsDataOnly() {
        JsonObject chart = parse(OrderCharts.revenueBars(PRODUCERS, "Doanh thu", true, false));
        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("Cơ sở \"Bà Hai\" </script><script>alert(1)</script>");
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data")
                .getJsonNumber(1).longValue()).isEqualTo(65_000);
        assertThat(chart.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
        assertThat(chart.getJsonObject("options").getString("locale")).isEqualTo("vi-VN");
    }

    @Test
    void sharesUseTheEnglishNamesOnEnglishPagesAndOneColourEach() {
        JsonObject chart = parse(OrderCharts.revenueShares(PRODUCERS, true));
        assertThat(chart.getString("type")).isEqualTo("doughnut");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("An Hoi");
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("backgroundColor"))
                .hasSize(2).doesNotHaveDuplicates();
        assertThat(chart.getJsonObject("options").getString("locale")).isEqualTo("en");
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
