package vn.dacsan.news.application;

/** No article (or event) with that id or slug (HTTP 404). */
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String message) {
        super(message);
    }
}
