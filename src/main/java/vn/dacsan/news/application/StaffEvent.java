package vn.dacsan.news.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An event as staff see it: cancelled or not, the raw place codes, and its log. */
public record StaffEvent(long id, String slug, String title, String description, LocalDate startsOn, LocalDate endsOn,
                         String venue, String provinceCode, String communeCode, String place, boolean cancelled,
                         Instant updatedAt, List<LogLine> log) implements Serializable {

    public record LogLine(String action, String actor, Instant at, String detail) implements Serializable {
    }
}
