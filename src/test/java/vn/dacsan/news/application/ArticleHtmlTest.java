package vn.dacsan.news.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Classic XSS payloads leave nothing that runs, and are reported so the desk can refuse them. */
class ArticleHtmlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p>Hội chợ</p><script>alert(1)</script>|<script>",
            "<img src=\"/media/a.jpg\" onerror=\"alert(1)\">|onerror",
            "<a href=\"javascript:alert(1)\">xem</a>|href",
            "<svg onload=\"alert(1)\"><circle/></svg>|<svg>",
            "<p style=\"width: expression(alert(1))\">chữ</p>|style",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>|href",
            "<img src=\"data:image/svg+xml;base64,PHN2Zy8+\">|src",
            "<iframe src=\"https://example.com\"></iframe>|<iframe>",
            "<style>body{background:url(javascript:alert(1))}</style><p>x</p>|<style>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>|href"
    })
    void activeContentIsRemovedAndReported(String payload, String reported) {
        ArticleHtml.Cleaned cleaned = ArticleHtml.clean(payload);

        assertThat(cleaned.removedActiveContent()).contains(reported);
        String html = cleaned.html().toLowerCase();
        assertThat(html).doesNotContain("<script", "onerror", "onload", "javascript:", "<svg", "style=", "data:", "<iframe", "<style");
    }

    @Test
    void everydayRichTextSurvivesAndLinksGetSafeRels() {
        String body = "<h2>Hội chợ OCOP</h2><p>Gian hàng <strong>kẹo dừa</strong> và <em>bưởi da xanh</em>.</p>"
                + "<ul><li>Ngày 1</li></ul><blockquote>Trích dẫn</blockquote>"
                + "<p><a href=\"https://sct.bentre.gov.vn/tin\">Sở Công Thương</a> · <a href=\"mailto:sct@bentre.gov.vn\">thư</a></p>"
                + "<p><img src=\"/media/uploads/news/ab/abc.jpg\" alt=\"Gian hàng\"></p>";

        ArticleHtml.Cleaned cleaned = ArticleHtml.clean(body);

        assertThat(cleaned.removedActive()).isFalse();
        assertThat(cleaned.html()).contains("<h2>Hội chợ OCOP</h2>", "<strong>kẹo dừa</strong>", "<em>bưởi da xanh</em>",
                "<li>Ngày 1</li>", "<blockquote>", "href=\"https://sct.bentre.gov.vn/tin\"", "nofollow", "noopener",
                "href=\"mailto:sct&#64;bentre.gov.vn\"", "src=\"/media/uploads/news/ab/abc.jpg\"");
    }

    @Test
    void picturesFromOtherSitesAreDroppedAndReported() {
        ArticleHtml.Cleaned cleaned = ArticleHtml.clean("<p>x<img src=\"https://evil.example/track.gif\"></p>");

        assertThat(cleaned.html()).doesNotContain("evil.example");
        assertThat(cleaned.removedActiveContent()).contains("src");
    }

    @Test
    void harmlessPastedMarkupIsDroppedQuietly() {
        ArticleHtml.Cleaned cleaned = ArticleHtml.clean("<div class=\"MsoNormal\"><span>Chợ phiên</span></div>");

        assertThat(cleaned.removedActive()).isFalse();
        assertThat(cleaned.html()).isEqualTo("Chợ phiên");
    }

    @Test
    void titlesWithTagsLookLikeMarkup() {
        assertThat(ArticleHtml.looksLikeMarkup("<b>Hội chợ</b>")).isTrue();
        assertThat(ArticleHtml.looksLikeMarkup("Hội chợ \"Dừa\" & trái cây 2026")).isFalse();
    }
}
