package vn.dacsan.news.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.dacsan.platform.text.VietnameseText;

/**
 * The rules an event must meet before it is saved: a plain-text title and description within the
 * column lengths, a readable slug (made from the title when left empty), ISO dates with the end not
 * before the start, and a place. Place codes and slugs in use are checked by {@link EventDesk}.
 */
public final class EventRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_VENUE = 300;
    public static final int MAX_DAYS = 366;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private EventRules() {
    }

    /** Checked values, ready for a NewsEvent once the desk has found the place. */
    public record Content(String slug, String title, String description, LocalDate startsOn, LocalDate endsOn,
                          String venue, String provinceCode, String communeCode) {
    }

    public record Checked(Content content, NewsRules.Errors errors) {
    }

    public static Checked check(EventDraft draft, Locale locale) {
        NewsRules.Errors errors = new NewsRules.Errors(locale);
        String title = plain(draft.title(), "title", MAX_TITLE, true, errors);
        String description = plain(draft.description(), "description", MAX_DESCRIPTION, true, errors);
        String venue = plain(draft.venue(), "venue", MAX_VENUE, false, errors);
        String slug = trim(draft.slug()).toLowerCase(Locale.ROOT);
        if (slug.isEmpty()) {
            slug = VietnameseText.slug(title);
            if (slug.length() > NewsRules.MAX_SLUG) {
                slug = slug.substring(0, NewsRules.MAX_SLUG).replaceAll("-+$", "");
            }
        } else if (slug.length() > NewsRules.MAX_SLUG) {
            errors.add("slug", "too-long", NewsRules.MAX_SLUG);
        } else if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            errors.add("slug", "slug-format");
        }
        LocalDate startsOn = date(draft.startsOn(), "startsOn", errors);
        LocalDate endsOn = trim(draft.endsOn()).isEmpty() ? startsOn : date(draft.endsOn(), "endsOn", errors);
        if (startsOn != null && endsOn != null) {
            if (endsOn.isBefore(startsOn)) {
                errors.add("endsOn", "ends-before-starts");
            } else if (startsOn.plusDays(MAX_DAYS).isBefore(endsOn)) {
                errors.add("endsOn", "too-many-days", MAX_DAYS);
            }
        }
        String province = trim(draft.provinceCode()).toLowerCase(Locale.ROOT);
        String commune = trim(draft.communeCode()).toLowerCase(Locale.ROOT);
        if (venue.isEmpty() && province.isEmpty() && commune.isEmpty()) {
            errors.add("venue", "place-required");
        }
        Content content = new Content(slug, title, description, startsOn, endsOn, venue.isEmpty() ? null : venue,
                province.isEmpty() ? null : province, commune.isEmpty() ? null : commune);
        return new Checked(content, errors);
    }

    private static String plain(String value, String field, int max, boolean required, NewsRules.Errors errors) {
        String text = VietnameseText.nfc(trim(value));
        if (text.isEmpty()) {
            if (required) {
                errors.add(field, "required");
            }
        } else if (text.length() > max) {
            errors.add(field, "too-long", max);
        } else if (ArticleHtml.looksLikeMarkup(text)) {
            errors.add(field, "markup");
        }
        return text;
    }

    private static LocalDate date(String value, String field, NewsRules.Errors errors) {
        String text = trim(value);
        if (text.isEmpty()) {
            errors.add(field, "required");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                errors.add(field, "date-range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(field, "date");
            return null;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
