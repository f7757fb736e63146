package vn.dacsan.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.dacsan.catalog.domain.AdminLevel;
import vn.dacsan.catalog.domain.AdminUnit;

/**
 * The provinces and communes/wards that exist today, for address pickers. Units merged away
 * (valid_to in the past) stay in the database as history but are never offered.
 */
@ApplicationScoped
public class AdminUnitDirectory {

    private static final List<AdminLevel> COMMUNE_LEVELS = List.of(AdminLevel.COMMUNE, AdminLevel.WARD);

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Clock clock;

    public AdminUnitDirectory() {
    }

    public AdminUnitDirectory(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A unit as a picker shows it. */
    public record Place(String code, String name) {
    }

    /** Current provinces, by name. */
    public List<Place> provinces() {
        return sorted(em.createQuery("select p from AdminUnit p where p.level = :province and (p.validTo is null or p.validTo >= :today)",
                        AdminUnit.class)
                .setParameter("province", AdminLevel.PROVINCE)
                .setParameter("today", LocalDate.now(clock))
                .getResultList());
    }

    /** Current provinces that have at least one current commune or ward to choose from, by name. */
    public List<Place> provincesWithCommunes() {
        return sorted(em.createQuery("""
                        select p from AdminUnit p where p.level = :province
                          and (p.validTo is null or p.validTo >= :today)
                          and exists (select c from AdminUnit c where c.parent = p and c.level in :communes
                                        and (c.validTo is null or c.validTo >= :today))""", AdminUnit.class)
                .setParameter("province", AdminLevel.PROVINCE)
                .setParameter("communes", COMMUNE_LEVELS)
                .setParameter("today", LocalDate.now(clock))
                .getResultList());
    }

    /** Current communes and wards of a province, by name; empty for an unknown province. */
    public List<Place> communesOf(String provinceCode) {
        if (provinceCode == null || provinceCode.isBlank()) {
            return List.of();
        }
        return sorted(em.createQuery("""
                        select c from AdminUnit c where c.parent.code = :province and c.level in :communes
                          and (c.validTo is null or c.validTo >= :today)""", AdminUnit.class)
                .setParameter("province", provinceCode)
                .setParameter("communes", COMMUNE_LEVELS)
                .setParameter("today", LocalDate.now(clock))
                .getResultList());
    }

    /** Whether a unit is in force today (not merged away). */
    public static boolean isCurrent(AdminUnit unit, LocalDate today) {
        return unit.getValidTo() == null || !unit.getValidTo().isBefore(today);
    }

    private static List<Place> sorted(List<AdminUnit> units) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        return units.stream().map(u -> new Place(u.getCode(), u.getName()))
                .sorted(Comparator.comparing(Place::name, vietnamese))
                .toList();
    }
}
