package vn.dacsan.department.application;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.dacsan.department.domain.DepartmentUnit;
import vn.dacsan.department.domain.UnitContent;

/** A department unit as pages and the API show it, in both languages. */
public record UnitView(long id, String slug, boolean department, String nameVi, String nameEn, String address, String phones,
                       String email, String website, String bodyVi, String bodyEn, Instant updatedAt, String updatedBy, int version) {

    static UnitView of(DepartmentUnit unit) {
        UnitContent c = unit.content();
        return new UnitView(unit.getId(), unit.getSlug(), unit.isDepartment(), c.nameVi(), c.nameEn(), c.address(), c.phones(),
                c.email(), c.website(), c.bodyVi(), c.bodyEn(), unit.getUpdatedAt(), unit.getUpdatedBy(), unit.getVersion());
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    /** The page text as paragraphs (blank lines separate them), for escaped display. */
    public List<String> paragraphs(Locale locale) {
        return split("en".equals(locale.getLanguage()) ? bodyEn : bodyVi);
    }

    static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
