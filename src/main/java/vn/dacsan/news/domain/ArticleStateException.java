package vn.dacsan.news.domain;

/** A step the article's state does not allow (publishing an archived article, say): HTTP 409. */
public class ArticleStateException extends RuntimeException {

    private final String code;

    public ArticleStateException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
