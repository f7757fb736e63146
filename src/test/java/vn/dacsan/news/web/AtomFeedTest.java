package vn.dacsan.news.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.dacsan.news.application.ArticleSummary;

/** The feed is well-formed Atom 1.0 that a real XML parser reads, whatever the titles hold. */
class AtomFeedTest {

    private static Document parse(List<ArticleSummary> articles) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomFeed.write(out, new AtomFeed.Channel("https://dacsan.example", "Sàn Đặc sản", "Sở Công Thương"), articles);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(AtomFeed.ATOM, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    @Test
    void feedAndEntriesCarryWhatAtomRequires() throws Exception {
        Instant published = Instant.parse("2026-11-20T02:00:00Z");
        Document feed = parse(List.of(
                new ArticleSummary(1, "hoi-cho-dua", "Hội chợ Dừa <script>alert(1)</script> & OCOP", "Tóm tắt \"dừa\" & <b>kẹo</b>",
                        null, List.of("hội chợ", "dừa"), published, published.plusSeconds(3600)),
                new ArticleSummary(2, "buoi-da-xanh", "Bưởi da xanh vào mùa", "Tóm tắt", null, List.of(), published.minusSeconds(86_400),
                        published.minusSeconds(86_400))));

        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(text(root, "title")).isEqualTo("Sàn Đặc sản");
        assertThat(text(root, "id")).isEqualTo("https://dacsan.example/tin-tuc");
        assertThat(Instant.parse(text(root, "updated"))).isEqualTo(published.plusSeconds(3600));
        NodeList entries = root.getElementsByTagNameNS(AtomFeed.ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element first = (Element) entries.item(0);
        assertThat(text(first, "title")).isEqualTo("Hội chợ Dừa <script>alert(1)</script> & OCOP");
        assertThat(text(first, "id")).isEqualTo("https://dacsan.example/tin-tuc/hoi-cho-dua");
        assertThat(text(first, "summary")).isEqualTo("Tóm tắt \"dừa\" & <b>kẹo</b>");
        assertThat(Instant.parse(text(first, "published"))).isEqualTo(published);
        assertThat(first.getElementsByTagNameNS(AtomFeed.ATOM, "script").getLength()).isZero();
        Element link = (Element) first.getElementsByTagNameNS(AtomFeed.ATOM, "link").item(0);
        assertThat(link.getAttribute("href")).isEqualTo("https://dacsan.example/tin-tuc/hoi-cho-dua");
        assertThat(first.getElementsByTagNameNS(AtomFeed.ATOM, "category").getLength()).isEqualTo(2);
        Element self = (Element) root.getElementsByTagNameNS(AtomFeed.ATOM, "link").item(0);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(text((Element) root.getElementsByTagNameNS(AtomFeed.ATOM, "author").item(0), "name")).isEqualTo("Sở Công Thương");
    }

    @Test
    void anEmptyFeedIsStillValid() throws Exception {
        Element root = parse(List.of()).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(text(root, "updated")).isEqualTo("1970-01-01T00:00:00Z");
    }
}
