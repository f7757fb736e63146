package vn.dacsan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void textAndAttributesAreEscaped() {
        String html = new Markup().open("a").attr("href", "/x?a=1&b=\"2\"").attr("title", "it's <b>").close()
                .text("Tom & Jerry <script>alert('x')</script>").end("a").toString();
        assertThat(html).isEqualTo("<a href=\"/x?a=1&amp;b=&quot;2&quot;\" title=\"it&#39;s &lt;b&gt;\">"
                + "Tom &amp; Jerry &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>");
    }

    @Test
    void aNullAttributeIsLeftOutAndAnEmptyOneKept() {
        assertThat(new Markup().open("img").attr("class", null).attr("alt", "").close().toString()).isEqualTo("<img alt=\"\">");
    }

    @Test
    void vietnameseTextIsWrittenAsIs() {
        assertThat(new Markup().element("h3", "card-title", "Kẹo dừa sáp ca cao").toString())
                .isEqualTo("<h3 class=\"card-title\">Kẹo dừa sáp ca cao</h3>");
    }
}
