package vn.dacsan.news.application;

import java.time.LocalDate;

/**
 * An event as pages and the API show it; {@code place} reads "venue, commune, province" with what is
 * known. Only an article that links a cancelled event still shows it, marked cancelled.
 */
public record EventView(long id, String slug, String title, String description, LocalDate startsOn, LocalDate endsOn,
                        String venue, String communeCode, String provinceCode, String place, boolean cancelled) {
}
