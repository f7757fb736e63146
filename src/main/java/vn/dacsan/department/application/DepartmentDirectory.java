package vn.dacsan.department.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dacsan.account.domain.EmailAddress;
import vn.dacsan.department.domain.DepartmentUnit;
import vn.dacsan.department.domain.UnitContent;

/**
 * The department that runs the platform and its affiliated units: read by the public pages,
 * the footer and the API, edited by staff. The department is the unit without a parent.
 */
@ApplicationScoped
@Transactional
public class DepartmentDirectory {

    private static final String WEBSITE = "https?://[^\\s/$.?#][^\\s]*";

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<DepartmentUnitChanged> changed;

    public DepartmentDirectory() {
    }

    public DepartmentDirectory(EntityManager em, Clock clock, Event<DepartmentUnitChanged> changed) {
        this.em = em;
        this.clock = clock;
        this.changed = changed;
    }

    /** The department first, then its units in their order. */
    public List<UnitView> units() {
        return em.createQuery("select u from DepartmentUnit u order by case when u.parentId is null then 0 else 1 end, u.position, u.id",
                DepartmentUnit.class).getResultList().stream().map(UnitView::of).toList();
    }

    public Optional<UnitView> department() {
        return em.createQuery("select u from DepartmentUnit u where u.parentId is null order by u.id", DepartmentUnit.class)
                .setMaxResults(1).getResultList().stream().findFirst().map(UnitView::of);
    }

    public Optional<UnitView> bySlug(String slug) {
        return em.createQuery("select u from DepartmentUnit u where u.slug = :slug", DepartmentUnit.class)
                .setParameter("slug", slug).getResultList().stream().findFirst().map(UnitView::of);
    }

    public Optional<UnitView> byId(long id) {
        return Optional.ofNullable(em.find(DepartmentUnit.class, id)).map(UnitView::of);
    }

    /** Replaces a unit's names, contacts and page text; every invalid field is reported and nothing changes. */
    public UnitView update(long id, UnitContent typed, String staff, Locale locale) {
        DepartmentUnit unit = Optional.ofNullable(em.find(DepartmentUnit.class, id)).orElseThrow(UnknownUnit::new);
        unit.apply(check(typed, locale), clock.instant(), staff);
        em.flush();
        changed.fire(new DepartmentUnitChanged(id));
        return UnitView.of(unit);
    }

    static UnitContent check(UnitContent typed, Locale locale) {
        InputCheck check = new InputCheck(locale);
        String nameVi = check.required("nameVi", typed.nameVi(), UnitContent.MAX_NAME);
        String nameEn = check.required("nameEn", typed.nameEn(), UnitContent.MAX_NAME);
        String address = check.optional("address", typed.address(), UnitContent.MAX_ADDRESS);
        String phones = check.optional("phones", typed.phones(), UnitContent.MAX_PHONES);
        if (phones != null && !phones.matches("[0-9+().\\s\\-/,]+")) {
            check.reject("phones", "phones");
        }
        String email = check.optional("email", typed.email(), EmailAddress.MAX_LENGTH);
        if (email != null && !EmailAddress.isWellFormed(email)) {
            check.reject("email", "email");
        }
        String website = check.optional("website", typed.website(), UnitContent.MAX_WEBSITE);
        if (website != null && !website.matches(WEBSITE)) {
            check.reject("website", "website");
        }
        String bodyVi = check.required("bodyVi", typed.bodyVi(), UnitContent.MAX_BODY);
        String bodyEn = check.required("bodyEn", typed.bodyEn(), UnitContent.MAX_BODY);
        check.throwIfAny();
        return new UnitContent(nameVi, nameEn, address, phones, email, website, bodyVi, bodyEn);
    }
}
