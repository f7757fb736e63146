package vn.dacsan.news.application;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dacsan.listing.application.FieldError;
import vn.dacsan.news.domain.ArticleContent;
import vn.dacsan.platform.text.VietnameseText;

/**
 * The rules an article must meet before it is saved: plain-text title and summary within their
 * lengths, a readable slug (made from the title when left empty), a body with no active content,
 * a cover from the news uploads, a few short tags. Checks that need the database (a slug in use,
 * products that are not live) are added by the desk through {@link Errors}.
 */
public final class NewsRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 500;
    public static final int MAX_BODY = 100_000;
    public static final int MAX_SLUG = 160;
    public static final int MAX_TAG = 60;
    public static final int MAX_TAGS = 10;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COVER = Pattern.compile("uploads/news/[0-9a-f]{2}/[0-9a-f]+(-[0-9]+)?\\.(jpg|png|webp)");

    private NewsRules() {
    }

    /** The checked content, ready for an Article, and the errors found on the draft alone. */
    public record Checked(ArticleContent content, Errors errors) {
    }

    public static Checked check(ArticleDraft draft, Locale locale) {
        Errors errors = new Errors(locale);
        String title = VietnameseText.nfc(trim(draft.title()));
        if (title.isEmpty()) {
            errors.add("title", "required");
        } else if (title.length() > MAX_TITLE) {
            errors.add("title", "too-long", MAX_TITLE);
        } else if (ArticleHtml.looksLikeMarkup(title)) {
            errors.add("title", "markup");
        }
        String slug = trim(draft.slug()).toLowerCase(Locale.ROOT);
        if (slug.isEmpty()) {
            slug = VietnameseText.slug(title);
            if (slug.length() > MAX_SLUG) {
                slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
            }
        } else if (slug.length() > MAX_SLUG) {
            errors.add("slug", "too-long", MAX_SLUG);
        } else if (!SLUG.matcher(slug).matches()) {
            errors.add("slug", "slug-format");
        }
        String summary = VietnameseText.nfc(trim(draft.summary()));
        if (summary.isEmpty()) {
            errors.add("summary", "required");
        } else if (summary.length() > MAX_SUMMARY) {
            errors.add("summary", "too-long", MAX_SUMMARY);
        } else if (ArticleHtml.looksLikeMarkup(summary)) {
            errors.add("summary", "markup");
        }
        ArticleHtml.Cleaned body = ArticleHtml.clean(VietnameseText.nfc(trim(draft.body())));
        if (body.removedActive()) {
            errors.add("body", "unsafe", String.join(", ", body.removedActiveContent()));
        } else if (ArticleHtml.text(body.html()).isEmpty()) {
            errors.add("body", "required");
        } else if (body.html().length() > MAX_BODY) {
            errors.add("body", "too-long", MAX_BODY);
        }
        String cover = trim(draft.coverKey());
        if (!cover.isEmpty() && !COVER.matcher(cover).matches()) {
            errors.add("coverKey", "cover");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String raw : draft.tags()) {
            String tag = VietnameseText.nfc(trim(raw)).toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > MAX_TAG) {
                errors.add("tags", "tag-too-long", MAX_TAG);
            } else if (ArticleHtml.looksLikeMarkup(tag)) {
                errors.add("tags", "markup");
            } else {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            errors.add("tags", "too-many-tags", MAX_TAGS);
        }
        ArticleContent content = new ArticleContent(slug, title, summary, body.html(), cover.isEmpty() ? null : cover,
                tags, new LinkedHashSet<>(draft.productIds()), new LinkedHashSet<>(draft.producerIds()),
                new LinkedHashSet<>(draft.eventIds()));
        return new Checked(content, errors);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    /** Field errors in the reader's language. */
    public static final class Errors {
        private final Locale locale;
        private final List<FieldError> found = new ArrayList<>();

        public Errors(Locale locale) {
            this.locale = locale;
        }

        public Errors add(String field, String code, Object... arguments) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
            String pattern = bundle.getString("news.invalid." + code);
            found.add(new FieldError(field, code, new MessageFormat(pattern, locale).format(arguments)));
            return this;
        }

        public boolean isEmpty() {
            return found.isEmpty();
        }

        public void throwIfAny() {
            if (!found.isEmpty()) {
                throw new InvalidArticleException(found);
            }
        }
    }
}
