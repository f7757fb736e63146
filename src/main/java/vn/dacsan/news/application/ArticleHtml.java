package vn.dacsan.news.application;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich text an article body may hold: paragraphs, headings, lists, quotes, emphasis, links
 * (http, https, mailto; rel="nofollow noopener") and pictures stored on this site. Everything
 * else is dropped by the OWASP sanitizer; what was dropped is reported, so the desk can refuse
 * active content (scripts, styles, event handlers, script links) instead of silently changing it.
 */
public final class ArticleHtml {

    /** Pictures only from this site's own media, by path: no other host, no data: URI. */
    private static final Pattern OWN_MEDIA = Pattern.compile("/media/[A-Za-z0-9/_.-]+");
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "style", "iframe", "object", "embed", "svg",
            "math", "link", "meta", "base", "form", "input", "button", "textarea", "select", "frame", "frameset", "applet", "template");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "srcset", "background");

    private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?:|mailto:|[^:]*([/?#]|$)).*", Pattern.DOTALL);

    /** Built per call so that refused link and picture addresses can be reported too. */
    private static PolicyFactory policy(Set<String> refused) {
        return new HtmlPolicyBuilder()
                .allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "blockquote", "br", "a", "img")
                // script-carrying schemes pass the library's protocol filter only to reach the
                // checks below, which refuse and report them (only http, https, mailto and
                // relative links, and /media/ pictures, come out)
                .allowUrlProtocols("http", "https", "mailto", "javascript", "vbscript", "data", "file")
                .allowAttributes("href").matching((element, attribute, value) -> {
                    String compact = value.replaceAll("[\\s\\p{Cntrl}]", "");
                    return SAFE_LINK.matcher(compact).matches() ? value : refuse(refused, "href");
                }).onElements("a")
                .requireRelsOnLinks("nofollow", "noopener")
                .allowAttributes("src").matching((element, attribute, value) ->
                        OWN_MEDIA.matcher(value).matches() && !value.contains("..") ? value : refuse(refused, "src"))
                .onElements("img")
                .allowAttributes("alt").onElements("img")
                .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}")).onElements("img")
                .toFactory();
    }

    private static String refuse(Set<String> refused, String attribute) {
        refused.add(attribute);
        return null;
    }

    private ArticleHtml() {
    }

    /** Sanitised HTML, and the active content that had to be removed to get it (empty when none). */
    public record Cleaned(String html, Set<String> removedActiveContent) {
        public boolean removedActive() {
            return !removedActiveContent.isEmpty();
        }
    }

    public static Cleaned clean(String html) {
        Set<String> active = new TreeSet<>();
        String safe = policy(active).sanitize(html == null ? "" : html, new HtmlChangeListener<Set<String>>() {
            @Override
            public void discardedTag(Set<String> context, String elementName) {
                if (ACTIVE_ELEMENTS.contains(elementName.toLowerCase(Locale.ROOT))) {
                    context.add("<" + elementName.toLowerCase(Locale.ROOT) + ">");
                }
            }

            @Override
            public void discardedAttributes(Set<String> context, String tagName, String... attributeNames) {
                for (String name : attributeNames) {
                    String attribute = name.toLowerCase(Locale.ROOT);
                    if (attribute.startsWith("on") || attribute.equals("style") || URL_ATTRIBUTES.contains(attribute)) {
                        context.add(attribute);
                    }
                }
            }
        }, active);
        return new Cleaned(safe, active);
    }

    /** Markup in text meant to be plain (a title, a summary): a tag, a comment or an entity-looking piece. */
    public static boolean looksLikeMarkup(String text) {
        return text != null && (text.indexOf('<') >= 0 || text.indexOf('>') >= 0);
    }

    /** The body as plain words, for search and the feed's summary fallback. */
    public static String text(String html) {
        String noTags = html.replaceAll("<[^>]*>", " ");
        return org.owasp.html.Encoding.decodeHtml(noTags, false).replaceAll("\\s+", " ").trim();
    }
}
