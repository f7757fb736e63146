package vn.dacsan.news.web;

import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.dacsan.news.application.ArticleSummary;

/** Writes an Atom 1.0 document (RFC 4287) with a real XML writer, so every title is escaped. */
public final class AtomFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    /** The site the feed belongs to: base URL without a trailing slash, its name, and who writes the news. */
    public record Channel(String base, String title, String author) {
    }

    private AtomFeed() {
    }

    public static void write(OutputStream out, Channel channel, List<ArticleSummary> articles) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", channel.base() + "/tin-tuc");
            element(xml, "title", channel.title());
            element(xml, "updated", timestamp(articles.stream().map(ArticleSummary::updatedAt)
                    .max(Instant::compareTo).orElse(Instant.EPOCH)));
            link(xml, "self", channel.base() + "/tin-tuc/feed.atom", "application/atom+xml");
            link(xml, "alternate", channel.base() + "/tin-tuc", "text/html");
            xml.writeStartElement("author");
            element(xml, "name", channel.author());
            xml.writeEndElement();
            for (ArticleSummary article : articles) {
                String url = channel.base() + "/tin-tuc/" + article.slug();
                xml.writeStartElement("entry");
                element(xml, "id", url);
                element(xml, "title", article.title());
                link(xml, "alternate", url, "text/html");
                element(xml, "published", timestamp(article.publishedAt()));
                element(xml, "updated", timestamp(article.updatedAt()));
                element(xml, "summary", article.summary());
                for (String tag : article.tags()) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", tag);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the news feed", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at == null ? Instant.EPOCH : at);
    }
}
