package vn.dacsan.news.application;

/**
 * An event as staff type it (form or JSON): dates as ISO text (2026-12-01), the place as a venue
 * in words and/or province and commune codes. Checked by {@link EventRules} before anything is saved.
 */
public record EventDraft(String slug, String title, String description, String startsOn, String endsOn,
                         String venue, String provinceCode, String communeCode) {
}
