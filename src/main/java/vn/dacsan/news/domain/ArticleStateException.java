package vn.dacsan.news.domain;

/** A step the state of an article or event does not allow (publishing an archived article, editing a cancelled event): HTTP 409. */
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
