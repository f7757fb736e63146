package vn.dacsan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the figures of one run and writes them as Markdown and JSON. */
final class Report {

    record Target(String name, String goal, String measured, String verdict) {
    }

    final Map<String, Object> machine = new LinkedHashMap<>();
    final Map<String, Object> indexing = new LinkedHashMap<>();
    final Map<String, List<LoadRunner.Result>> latency = new LinkedHashMap<>();
    final List<Map<String, Object>> ratios = new ArrayList<>();
    final Map<String, Object> recall = new LinkedHashMap<>();
    final Map<String, Object> flows = new LinkedHashMap<>();
    final List<Target> targets = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    void add(String section, LoadRunner.Result result) {
        latency.computeIfAbsent(section, k -> new ArrayList<>()).add(result);
    }

    LoadRunner.Result find(String section, int clients) {
        for (LoadRunner.Result r : latency.getOrDefault(section, List.of())) {
            if (r.clients() == clients) {
                return r;
            }
        }
        return null;
    }

    /** Target "at most": met, or missed by how much. */
    void atMost(String name, double value, double limit, String unit) {
        targets.add(new Target(name, "≤ " + fmt(limit) + " " + unit, fmt(value) + " " + unit,
                Double.isNaN(value) ? "not measured" : value <= limit ? "met"
                        : "missed by " + fmt(value - limit) + " " + unit + " (" + pct((value - limit) / limit) + " over)"));
    }

    /** Target "at least": met, or missed by how much. */
    void atLeast(String name, double value, double floor, String unit) {
        targets.add(new Target(name, "≥ " + fmt(floor) + " " + unit, fmt(value) + " " + unit,
                Double.isNaN(value) ? "not measured" : value >= floor ? "met"
                        : "missed by " + fmt(floor - value) + " " + unit + " (" + pct((floor - value) / floor) + " short)"));
    }

    /** Target "none at all" (a count): met at zero, or missed by the count. */
    void none(String name, double count, String unit) {
        String measured = Double.isNaN(count) ? "n/a" : String.format(Locale.ROOT, "%,.0f %s", count, unit);
        targets.add(new Target(name, "0 " + unit, measured,
                Double.isNaN(count) ? "not measured" : count == 0 ? "met" : "missed by " + measured));
    }

    void skipped(String name, String goal, String why) {
        targets.add(new Target(name, goal, "—", "not measured: " + why));
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.md"), markdown(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("results.json"), json(), StandardCharsets.UTF_8);
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("### Machine\n\n| Fact | Value |\n| --- | --- |\n");
        machine.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        b.append("\n### Targets (issue 7)\n\n| Target | Goal | Measured | Verdict |\n| --- | --- | --- | --- |\n");
        for (Target t : targets) {
            b.append("| ").append(t.name()).append(" | ").append(t.goal()).append(" | ").append(t.measured())
                    .append(" | ").append(t.verdict()).append(" |\n");
        }
        b.append("\n### Indexing\n\n| Measure | Value |\n| --- | --- |\n");
        indexing.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v instanceof Double d ? fmt(d) : v).append(" |\n"));
        b.append("\n### Search latency (fixed query mix, closed loop, fixed duration)\n\n"
                + "| System | Clients | Requests | Errors | Throughput (req/s) | p50 ms | p95 ms | p99 ms | Load avg |\n"
                + "| --- | --: | --: | --: | --: | --: | --: | --: | --: |\n");
        latency.forEach((section, results) -> {
            for (LoadRunner.Result r : results) {
                b.append("| ").append(section).append(" | ").append(r.clients()).append(" | ").append(r.ops())
                        .append(" | ").append(r.errors()).append(" | ").append(fmt(r.throughput())).append(" | ")
                        .append(fmt(r.p50())).append(" | ").append(fmt(r.p95())).append(" | ").append(fmt(r.p99()))
                        .append(" | ").append(fmt(r.loadAverage())).append(" |\n");
            }
        });
        if (!ratios.isEmpty()) {
            b.append("\n### Baseline ÷ Solr at p95\n\n| Baseline | Clients | Baseline p95 ms | Solr service p95 ms | "
                    + "× (vs service) | REST p95 ms | × (vs REST) |\n| --- | --: | --: | --: | --: | --: | --: |\n");
            for (Map<String, Object> r : ratios) {
                b.append("| ").append(r.get("baseline")).append(" | ").append(r.get("clients")).append(" | ")
                        .append(fmt((Double) r.get("baselineP95"))).append(" | ").append(fmt((Double) r.get("solrP95")))
                        .append(" | ").append(fmt((Double) r.get("ratio"))).append(" | ").append(fmt((Double) r.get("restP95")))
                        .append(" | ").append(fmt((Double) r.get("ratioRest"))).append(" |\n");
            }
        }
        if (!recall.isEmpty()) {
            b.append("\n### Relevance: recall@10 of unaccented queries vs their accented forms\n\n| System | recall@10 |\n| --- | --: |\n");
            recall.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v instanceof Double d ? fmt(d) : v).append(" |\n"));
        }
        if (!flows.isEmpty()) {
            b.append("\n### Approval-to-searchable and checkout under contention (through the API)\n\n"
                    + "| Measure | Value |\n| --- | --- |\n");
            flows.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v instanceof Double d ? fmt(d) : v).append(" |\n"));
        }
        if (!notes.isEmpty()) {
            b.append("\nNotes:\n\n");
            notes.forEach(n -> b.append("- ").append(n).append('\n'));
        }
        return b.toString();
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("machine", machine);
        List<Object> t = new ArrayList<>();
        for (Target target : targets) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", target.name());
            m.put("goal", target.goal());
            m.put("measured", target.measured());
            m.put("verdict", target.verdict());
            t.add(m);
        }
        root.put("targets", t);
        root.put("indexing", indexing);
        Map<String, Object> lat = new LinkedHashMap<>();
        latency.forEach((section, results) -> {
            List<Object> list = new ArrayList<>();
            for (LoadRunner.Result r : results) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("clients", r.clients());
                m.put("requests", r.ops());
                m.put("errors", r.errors());
                m.put("seconds", r.seconds());
                m.put("throughputPerSecond", r.throughput());
                m.put("p50Ms", r.p50());
                m.put("p95Ms", r.p95());
                m.put("p99Ms", r.p99());
                m.put("meanMs", r.mean());
                m.put("maxMs", r.max());
                m.put("loadAverage1m", r.loadAverage());
                if (r.firstError() != null) {
                    m.put("firstError", r.firstError());
                }
                list.add(m);
            }
            lat.put(section, list);
        });
        root.put("latency", lat);
        root.put("ratios", ratios);
        root.put("recallAt10", recall);
        root.put("approvalAndCheckout", flows);
        root.put("notes", notes);
        StringBuilder b = new StringBuilder();
        toJson(root, b, "");
        return b.append('\n').toString();
    }

    private static void toJson(Object v, StringBuilder b, String indent) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Map<?, ?> map) {
            b.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                b.append(indent).append("  ");
                string(String.valueOf(e.getKey()), b);
                b.append(": ");
                toJson(e.getValue(), b, indent + "  ");
                b.append(++i < map.size() ? ",\n" : "\n");
            }
            b.append(indent).append('}');
        } else if (v instanceof List<?> list) {
            b.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                b.append(indent).append("  ");
                toJson(list.get(i), b, indent + "  ");
                b.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            b.append(indent).append(']');
        } else if (v instanceof Double d) {
            b.append(d.isNaN() || d.isInfinite() ? "null" : String.format(Locale.ROOT, "%.3f", d));
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else {
            string(v.toString(), b);
        }
    }

    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
