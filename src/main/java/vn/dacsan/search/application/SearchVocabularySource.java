package vn.dacsan.search.application;

/** Supplies the current facet vocabulary; the catalogue implements it from the database. */
public interface SearchVocabularySource {
    SearchVocabulary current();
}
