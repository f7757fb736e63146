package vn.dacsan.department.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.dacsan.department.domain.RulesVersion;

/** One version of the operating rules; {@code current}: the one in force today. */
public record RulesView(long id, LocalDate effectiveOn, String titleVi, String titleEn, String bodyVi, String bodyEn,
                        Instant publishedAt, String publishedBy, boolean current, boolean upcoming) {

    static RulesView of(RulesVersion version, boolean current, LocalDate today) {
        return new RulesView(version.getId(), version.getEffectiveOn(), version.getTitleVi(), version.getTitleEn(),
                version.getBodyVi(), version.getBodyEn(), version.getPublishedAt(), version.getPublishedBy(), current,
                version.getEffectiveOn().isAfter(today));
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
    }

    /** The text as paragraphs; a line starting with "#" is a section heading. */
    public List<String> paragraphs(Locale locale) {
        return UnitView.split("en".equals(locale.getLanguage()) ? bodyEn : bodyVi);
    }
}
