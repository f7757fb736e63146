package vn.dacsan.search.application;

/** An autocomplete entry: the product name to show and where it leads. */
public record Suggestion(String name, String slug) {
}
