package vn.dacsan.order.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import vn.dacsan.order.application.OrderFigures.Figure;

/**
 * Chart.js settings (the JSON that PrimeFaces' p:chart takes) for the staff order dashboard. Only
 * data and fixed styling go in: labels are producer and group names, written as JSON strings, so
 * nothing in them can become code.
 */
final class OrderCharts {

    static final String GREEN = "#1b5e20";
    static final String GOLD = "#f4b400";
    /** Distinguishable on white and for common colour-vision differences; cycled. */
    static final List<String> PALETTE = List.of("#1b5e20", "#f4b400", "#1565c0", "#8a1c1c", "#6a1b9a", "#00838f", "#5d4037");

    private OrderCharts() {
    }

    /** Bars of revenue (đồng) per figure; {@code horizontal} for long labels such as producer names. */
    static String revenueBars(List<Figure> figures, String seriesName, boolean horizontal, boolean english) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Figure figure : figures) {
            labels.add(english ? figure.labelEn() : figure.label());
            values.add(figure.revenueVnd());
        }
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("locale", english ? "en" : "vi-VN")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", seriesName)
                                .add("data", values)
                                .add("backgroundColor", horizontal ? GOLD : GREEN))))
                .add("options", options)
                .build().toString();
    }

    /** A doughnut of each figure's share of the revenue (per OCOP group). */
    static String revenueShares(List<Figure> figures, boolean english) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < figures.size(); i++) {
            labels.add(english ? figures.get(i).labelEn() : figures.get(i).label());
            values.add(figures.get(i).revenueVnd());
            colours.add(PALETTE.get(i % PALETTE.size()));
        }
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", values)
                                .add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder()
                        .add("locale", english ? "en" : "vi-VN")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }
}
