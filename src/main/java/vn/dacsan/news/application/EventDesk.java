package vn.dacsan.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.catalog.application.AdminUnitDirectory;
import vn.dacsan.catalog.domain.AdminLevel;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.news.domain.EventAudit;
import vn.dacsan.news.domain.EventChange;
import vn.dacsan.news.domain.NewsEvent;

/**
 * Staff keep the calendar of trade fairs and campaigns: create, revise and cancel events.
 * Bad input is refused whole (nothing written); every change is logged in the same transaction.
 */
@ApplicationScoped
@Transactional
public class EventDesk {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Clock clock;

    public EventDesk() {
    }

    public EventDesk(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public long create(AccountProfile staff, EventDraft draft, Locale locale) {
        Place place = checked(draft, null, locale);
        EventRules.Content c = place.content();
        Instant now = clock.instant();
        NewsEvent event = new NewsEvent(c.slug(), c.title(), c.description(), c.startsOn(), c.endsOn(), c.venue(),
                place.commune(), place.province(), now);
        em.persist(event);
        em.flush();
        log(event, EventChange.CREATED, staff, now, summary(event));
        return event.getId();
    }

    public void update(AccountProfile staff, long eventId, EventDraft draft, Locale locale) {
        NewsEvent event = event(eventId);
        Place place = checked(draft, eventId, locale);
        EventRules.Content c = place.content();
        Instant now = clock.instant();
        event.revise(c.slug(), c.title(), c.description(), c.startsOn(), c.endsOn(), c.venue(), place.commune(), place.province(), now);
        log(event, EventChange.UPDATED, staff, now, summary(event));
    }

    /** Takes the event off the calendar; it stays for the articles that link it, marked cancelled. */
    public void cancel(AccountProfile staff, long eventId, String reason) {
        NewsEvent event = event(eventId);
        Instant now = clock.instant();
        event.cancel(now);
        String why = reason == null ? null : reason.strip();
        log(event, EventChange.CANCELLED, staff, now, why == null || why.isEmpty() ? null : why);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffEvent> list(AccountProfile staff) {
        return em.createQuery("select e from NewsEvent e order by e.startsOn desc, e.id desc", NewsEvent.class)
                .setMaxResults(500)
                .getResultStream().map(e -> view(e, List.of())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffEvent details(AccountProfile staff, long eventId) {
        NewsEvent event = event(eventId);
        List<StaffEvent.LogLine> log = em.createQuery(
                        "select l from EventAudit l where l.eventId = :id order by l.occurredAt, l.id", EventAudit.class)
                .setParameter("id", eventId)
                .getResultStream()
                .map(l -> new StaffEvent.LogLine(l.getAction().name(), l.getActorName(), l.getOccurredAt(), l.getDetail()))
                .toList();
        return view(event, log);
    }

    private static StaffEvent view(NewsEvent e, List<StaffEvent.LogLine> log) {
        EventView shown = NewsReader.event(e);
        return new StaffEvent(e.getId(), e.getSlug(), e.getTitle(), e.getDescription(), e.getStartsOn(), e.getEndsOn(),
                e.getVenue(), shown.provinceCode(), shown.communeCode(), shown.place(), e.isCancelled(), e.getUpdatedAt(), log);
    }

    /** The checked content with its province and commune found; throws with every problem at once. */
    private record Place(EventRules.Content content, AdminUnit province, AdminUnit commune) {
    }

    private Place checked(EventDraft draft, Long eventId, Locale locale) {
        EventRules.Checked checked = EventRules.check(draft, locale);
        NewsRules.Errors errors = checked.errors();
        EventRules.Content content = checked.content();
        if (!content.slug().isEmpty()) {
            List<Long> holders = em.createQuery("select e.id from NewsEvent e where e.slug = :slug", Long.class)
                    .setParameter("slug", content.slug())
                    .getResultList();
            if (holders.stream().anyMatch(id -> !id.equals(eventId))) {
                errors.add("slug", "event-slug-taken", content.slug());
            }
        }
        LocalDate today = LocalDate.now(clock);
        AdminUnit province = null;
        if (content.provinceCode() != null) {
            province = em.find(AdminUnit.class, content.provinceCode());
            if (province == null || province.getLevel() != AdminLevel.PROVINCE || !AdminUnitDirectory.isCurrent(province, today)) {
                errors.add("provinceCode", "place-unknown", content.provinceCode());
                province = null;
            }
        }
        AdminUnit commune = null;
        if (content.communeCode() != null) {
            commune = em.find(AdminUnit.class, content.communeCode());
            if (commune == null || (commune.getLevel() != AdminLevel.COMMUNE && commune.getLevel() != AdminLevel.WARD)
                    || !AdminUnitDirectory.isCurrent(commune, today)) {
                errors.add("communeCode", "place-unknown", content.communeCode());
                commune = null;
            } else if (province != null && !commune.province().getCode().equals(province.getCode())) {
                errors.add("communeCode", "commune-outside-province", commune.getName(), province.getName());
            } else if (province == null && content.provinceCode() == null) {
                province = commune.province();
            }
        }
        errors.throwIfAny();
        return new Place(content, province, commune);
    }

    private NewsEvent event(long id) {
        NewsEvent event = em.find(NewsEvent.class, id);
        if (event == null) {
            throw new ArticleNotFoundException("No event " + id);
        }
        return event;
    }

    private static String summary(NewsEvent e) {
        return e.getTitle() + " (" + e.getStartsOn() + " – " + e.getEndsOn() + ")";
    }

    private void log(NewsEvent event, EventChange action, AccountProfile staff, Instant at, String detail) {
        em.persist(new EventAudit(event.getId(), action, staff.id(), staff.displayName(), at, detail));
    }
}
