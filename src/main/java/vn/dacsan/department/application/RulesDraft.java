package vn.dacsan.department.application;

import java.time.LocalDate;

/** A new version of the operating rules as staff typed it. */
public record RulesDraft(LocalDate effectiveOn, String titleVi, String titleEn, String bodyVi, String bodyEn) {
}
