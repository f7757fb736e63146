package vn.dacsan.search.application;

import java.util.Map;

/**
 * The facet values that exist (OCOP groups, provinces, communes) with their display names,
 * so unknown values are refused and facet counts can be labelled.
 */
public record SearchVocabulary(Map<String, Label> groups, Map<String, Label> provinces, Map<String, Label> communes) {

    /** A display name in Vietnamese and English. */
    public record Label(String vi, String en) {
        public String in(boolean english) {
            return english && en != null ? en : vi;
        }
    }

    public void check(SearchRequest request) {
        known(groups, request.group(), "group", "OCOP group");
        known(provinces, request.province(), "province", "province");
        known(communes, request.commune(), "commune", "commune");
    }

    private static void known(Map<String, Label> values, String value, String parameter, String what) {
        if (value != null && !values.containsKey(value)) {
            throw new InvalidSearchRequestException(parameter, "Unknown " + what + " '" + value + "'");
        }
    }

    public String label(String facet, String value, boolean english) {
        Map<String, Label> labels = switch (facet) {
            case "group" -> groups;
            case "province" -> provinces;
            case "commune" -> communes;
            default -> Map.of();
        };
        Label label = labels.get(value);
        return label == null ? value : label.in(english);
    }
}
