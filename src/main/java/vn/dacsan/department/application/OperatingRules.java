package vn.dacsan.department.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dacsan.department.domain.RulesVersion;
import vn.dacsan.listing.application.ReviewSettings;

/**
 * The platform's operating rules ("quy chế hoạt động", required of a platform by the
 * e-commerce decrees) as a list of versions: staff publish a new one with the date it takes
 * effect; none is ever changed or removed; the one in force is the latest whose date has come,
 * so a version scheduled ahead takes over on its day without anyone doing anything.
 */
@ApplicationScoped
@Transactional
public class OperatingRules {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ReviewSettings settings;

    private ZoneId zone;

    public OperatingRules() {
    }

    public OperatingRules(EntityManager em, Clock clock, ZoneId zone) {
        this.em = em;
        this.clock = clock;
        this.zone = zone;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone == null ? settings.zone() : zone);
    }

    /** Every version, the latest effective date first (the same date: the later published first). */
    public List<RulesView> versions() {
        LocalDate today = today();
        List<RulesVersion> all = all();
        Long current = all.stream().filter(v -> v.isInForceOn(today)).findFirst().map(RulesVersion::getId).orElse(null);
        return all.stream().map(v -> RulesView.of(v, v.getId().equals(current), today)).toList();
    }

    public Optional<RulesView> current() {
        return versions().stream().filter(RulesView::current).findFirst();
    }

    public Optional<RulesView> version(long id) {
        return versions().stream().filter(v -> v.id() == id).findFirst();
    }

    /**
     * Adds a version. Its date may be today or later, and never before the latest version's
     * date, so the order of versions is the order they take effect.
     */
    public RulesView publish(RulesDraft draft, String staff, Locale locale) {
        InputCheck check = new InputCheck(locale);
        LocalDate today = today();
        LocalDate effectiveOn = draft.effectiveOn();
        if (effectiveOn == null) {
            check.reject("effectiveOn", "required");
        } else if (effectiveOn.isBefore(today)) {
            check.reject("effectiveOn", "rulesPast");
        } else {
            all().stream().findFirst().filter(latest -> effectiveOn.isBefore(latest.getEffectiveOn()))
                    .ifPresent(latest -> check.reject("effectiveOn", "rulesBeforeLatest", latest.getEffectiveOn().toString()));
        }
        String titleVi = check.required("titleVi", draft.titleVi(), RulesVersion.MAX_TITLE);
        String titleEn = check.required("titleEn", draft.titleEn(), RulesVersion.MAX_TITLE);
        String bodyVi = check.required("bodyVi", draft.bodyVi(), RulesVersion.MAX_BODY);
        String bodyEn = check.required("bodyEn", draft.bodyEn(), RulesVersion.MAX_BODY);
        check.throwIfAny();
        RulesVersion version = new RulesVersion(effectiveOn, titleVi, titleEn, bodyVi, bodyEn, clock.instant(), staff);
        em.persist(version);
        em.flush();
        return version(version.getId()).orElseThrow();
    }

    private List<RulesVersion> all() {
        return em.createQuery("select v from RulesVersion v order by v.effectiveOn desc, v.id desc", RulesVersion.class)
                .getResultList();
    }
}
