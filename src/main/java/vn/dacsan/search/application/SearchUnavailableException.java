package vn.dacsan.search.application;

/** Solr could not answer; the caller shows a notice instead of results. */
public class SearchUnavailableException extends RuntimeException {
    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
