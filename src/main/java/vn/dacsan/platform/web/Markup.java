package vn.dacsan.platform.web;

/**
 * HTML written in Java for the parts of a page repeated dozens of times (product cards, facet
 * links), where one Facelets expression per value cost more than the rest of the page. Every
 * text and attribute value is escaped.
 */
public final class Markup {

    private final StringBuilder out = new StringBuilder(4096);

    /** {@code <tag}: attributes may follow, then {@link #close()}. */
    public Markup open(String tag) {
        out.append('<').append(tag);
        return this;
    }

    /** {@code name="value"}; left out when the value is null ({@code alt=""} stays). */
    public Markup attr(String name, Object value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"");
            escape(value.toString());
            out.append('"');
        }
        return this;
    }

    public Markup close() {
        out.append('>');
        return this;
    }

    /** {@code <tag>} without attributes. */
    public Markup start(String tag) {
        return open(tag).close();
    }

    public Markup end(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    public Markup text(Object value) {
        if (value != null) {
            escape(value.toString());
        }
        return this;
    }

    /** {@code <tag class="…">text</tag>}. */
    public Markup element(String tag, String cssClass, Object text) {
        return open(tag).attr("class", cssClass).close().text(text).end(tag);
    }

    /** A line break between elements, so the page source stays readable. */
    public Markup newline() {
        out.append('\n');
        return this;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
