package vn.dacsan.news.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.Role;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.listing.application.FieldError;
import vn.dacsan.media.MediaStore;
import vn.dacsan.news.domain.ArticleStateException;
import vn.dacsan.news.domain.EventAudit;
import vn.dacsan.news.domain.EventChange;
import vn.dacsan.news.domain.NewsEvent;
import vn.dacsan.search.application.SearchOutbox;
import vn.dacsan.testing.MovableClock;
import vn.dacsan.testing.TestDatabase;

/** Staff keep the events calendar on a real database: create, revise, cancel, every refusal leaving nothing behind, the log. */
class EventDeskIT {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T01:00:00Z");

    private TestDatabase db;
    private MovableClock clock;
    private EventDesk desk;
    private NewsReader reader;
    private AccountProfile editor;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDatabase();
        clock = new MovableClock(MONDAY_MORNING);
        SearchOutbox outbox = new SearchOutbox(db.em(), clock);
        MediaStore media = new MediaStore(Files.createTempDirectory("media"));
        db.run(() -> DemoCatalog.read().loadInto(db.em(), outbox, media, clock));
        desk = new EventDesk(db.em(), clock);
        reader = new NewsReader(db.em(), clock, 10);
        Account account = db.inTransaction(em -> {
            Account a = Account.of("sukien@sct.test", "Cán bộ xúc tiến", "not-a-hash", Role.STAFF, clock.instant());
            em.persist(a);
            return a;
        });
        editor = new AccountProfile(account.getId(), "sukien@sct.test", "Cán bộ xúc tiến", Role.STAFF, null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static EventDraft fair(String title, String startsOn, String endsOn) {
        return new EventDraft("", title, "Gian hàng kẹo dừa, bưởi da xanh và sản phẩm OCOP của tỉnh.", startsOn, endsOn,
                "Quảng trường Đồng Khởi", "vinh-long", "vinh-long.an-hoi");
    }

    private long create(EventDraft draft) {
        return db.inTransaction(em -> desk.create(editor, draft, Locale.ENGLISH));
    }

    private NewsEvent event(long id) {
        return db.inTransaction(em -> em.find(NewsEvent.class, id));
    }

    private long eventCount() {
        return db.inTransaction(em -> em.createQuery("select count(e) from NewsEvent e", Long.class).getSingleResult());
    }

    private long auditCount() {
        return db.inTransaction(em -> em.createQuery("select count(l) from EventAudit l", Long.class).getSingleResult());
    }

    private List<EventAudit> log(long id) {
        return db.inTransaction(em -> em.createQuery("select l from EventAudit l where l.eventId = :id order by l.id",
                EventAudit.class).setParameter("id", id).getResultList());
    }

    private List<FieldError> refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidArticleException e) {
            return e.errors();
        }
        throw new AssertionError("expected the input to be refused");
    }

    @Test
    void aNewEventGetsASlugAndItsPlaceAndShowsOnTheCalendarWithALogLine() {
        long id = create(fair("Hội chợ Dừa Vĩnh Long 2026", "2026-12-05", "2026-12-09"));

        NewsEvent event = event(id);
        assertThat(event.getSlug()).isEqualTo("hoi-cho-dua-vinh-long-2026");
        assertThat(event.getStartsOn()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(event.getEndsOn()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(reader.events(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .singleElement().satisfies(e -> {
                    assertThat(e.title()).isEqualTo("Hội chợ Dừa Vĩnh Long 2026");
                    assertThat(e.provinceCode()).isEqualTo("vinh-long");
                    assertThat(e.communeCode()).isEqualTo("vinh-long.an-hoi");
                    assertThat(e.place()).startsWith("Quảng trường Đồng Khởi, ").endsWith("Vĩnh Long");
                });
        assertThat(log(id)).singleElement().satisfies(l -> {
            assertThat(l.getAction()).isEqualTo(EventChange.CREATED);
            assertThat(l.getActorName()).isEqualTo("Cán bộ xúc tiến");
            assertThat(l.getActorId()).isEqualTo(editor.id());
            assertThat(l.getOccurredAt()).isEqualTo(MONDAY_MORNING);
        });
    }

    @Test
    void aOneDayEventNeedsNoEndDateAndACommuneBringsItsProvince() {
        long id = create(new EventDraft(null, "Phiên chợ OCOP", "Một ngày bán hàng OCOP.", "2026-12-12", "", null, null,
                "vinh-long.an-hoi"));

        NewsEvent event = event(id);
        assertThat(event.getEndsOn()).isEqualTo(event.getStartsOn());
        assertThat(desk.details(editor, id).provinceCode()).isEqualTo("vinh-long");
    }

    @Test
    void anEditChangesTheEventAndIsLogged() {
        long id = create(fair("Tuần lễ trái cây", "2026-12-05", "2026-12-09"));
        clock.set(MONDAY_MORNING.plusSeconds(3600));

        db.run(() -> desk.update(editor, id, new EventDraft("tuan-le-trai-cay", "Tuần lễ trái cây Chợ Lách",
                "Bưởi da xanh, sầu riêng.", "2026-12-20", "2026-12-27", null, "vinh-long", null), Locale.ENGLISH));

        NewsEvent event = event(id);
        assertThat(event.getTitle()).isEqualTo("Tuần lễ trái cây Chợ Lách");
        assertThat(event.getStartsOn()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(event.getVenue()).isNull();
        assertThat(event.getCommune()).isNull();
        assertThat(event.getUpdatedAt()).isEqualTo(MONDAY_MORNING.plusSeconds(3600));
        assertThat(log(id)).extracting(EventAudit::getAction).containsExactly(EventChange.CREATED, EventChange.UPDATED);
        assertThat(desk.details(editor, id).log()).extracting(StaffEvent.LogLine::action).containsExactly("CREATED", "UPDATED");
    }

    @Test
    void aCancelledEventLeavesTheCalendarStaysForArticlesAndCannotBeEdited() {
        long id = create(fair("Hội chợ cuối năm", "2026-12-05", "2026-12-09"));

        db.run(() -> desk.cancel(editor, id, "Lùi sang năm sau"));

        assertThat(event(id).isCancelled()).isTrue();
        assertThat(reader.events(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(reader.upcoming(10)).isEmpty();
        assertThat(desk.details(editor, id).cancelled()).isTrue();
        assertThatThrownBy(() -> db.run(() -> desk.cancel(editor, id, null))).isInstanceOf(ArticleStateException.class);
        assertThatThrownBy(() -> db.run(() -> desk.update(editor, id, fair("Sửa lại", "2026-12-05", "2026-12-09"), Locale.ENGLISH)))
                .isInstanceOf(ArticleStateException.class);
        assertThat(event(id).getTitle()).isEqualTo("Hội chợ cuối năm");
        assertThat(log(id)).extracting(EventAudit::getAction).containsExactly(EventChange.CREATED, EventChange.CANCELLED);
        assertThat(log(id).get(1).getDetail()).isEqualTo("Lùi sang năm sau");
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndNothingIsWritten() {
        List<FieldError> errors = refusal(() -> create(fair("Hội chợ ngược ngày", "2026-12-09", "2026-12-05")));

        assertThat(errors).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("endsOn");
            assertThat(f.message()).contains("end date cannot be before the start");
        });
        assertThat(eventCount()).isZero();
        assertThat(auditCount()).isZero();
    }

    @Test
    void anEmptyTitleAnOverLongDescriptionAndABadDateAreRefusedTogether() {
        List<FieldError> errors = refusal(() -> create(new EventDraft("", "  ", "Dừa ".repeat(1001), "05/12/2026", "",
                "Nhà văn hóa", null, null)));

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("title", "description", "startsOn");
        assertThat(errors).filteredOn(f -> f.field().equals("description")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("4,000"));
        assertThat(errors).filteredOn(f -> f.field().equals("startsOn")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("2026-12-01"));
        assertThat(eventCount()).isZero();
    }

    @Test
    void unknownPlaceCodesAndACommuneOfAnotherProvinceAreRefused() {
        List<FieldError> unknown = refusal(() -> create(new EventDraft("", "Hội chợ", "Mô tả.", "2026-12-05", "2026-12-06",
                null, "khong-co-tinh", "khong-co-xa")));
        assertThat(unknown).extracting(FieldError::field).containsExactlyInAnyOrder("provinceCode", "communeCode");
        assertThat(unknown.get(0).message()).contains("khong-co");

        List<FieldError> elsewhere = refusal(() -> create(new EventDraft("", "Hội chợ", "Mô tả.", "2026-12-05", "2026-12-06",
                null, "vinh-long", "can-tho.phong-dien")));
        assertThat(elsewhere).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("communeCode");
            assertThat(f.message()).contains("Vĩnh Long");
        });

        List<FieldError> nowhere = refusal(() -> create(new EventDraft("", "Hội chợ", "Mô tả.", "2026-12-05", "", " ", "", null)));
        assertThat(nowhere).extracting(FieldError::field).containsExactly("venue");
        assertThat(eventCount()).isZero();
        assertThat(auditCount()).isZero();
    }

    @Test
    void markupInTheTitleAndASlugInUseAreRefusedAndABadEditChangesNothing() {
        long id = create(fair("Hội chợ Dừa", "2026-12-05", "2026-12-09"));

        List<FieldError> markup = refusal(() -> create(fair("<img src=x onerror=alert(1)>Hội chợ", "2026-12-05", "2026-12-09")));
        assertThat(markup).extracting(FieldError::field).containsExactly("title");
        List<FieldError> taken = refusal(() -> create(fair("Hội chợ dừa", "2026-12-10", "2026-12-12")));
        assertThat(taken).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("slug");
            assertThat(f.message()).contains("hoi-cho-dua");
        });
        List<FieldError> badEdit = refusal(() -> db.run(() -> desk.update(editor, id,
                fair("Hội chợ Dừa mở rộng", "2026-12-09", "2026-12-01"), Locale.ENGLISH)));
        assertThat(badEdit).extracting(FieldError::field).containsExactly("endsOn");

        assertThat(eventCount()).isEqualTo(1);
        assertThat(event(id).getTitle()).isEqualTo("Hội chợ Dừa");
        assertThat(log(id)).extracting(EventAudit::getAction).containsExactly(EventChange.CREATED);
    }

    @Test
    void anUnknownEventIsNotFound() {
        assertThatThrownBy(() -> db.run(() -> desk.cancel(editor, 987_654_321L, null))).isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> desk.details(editor, 987_654_321L)).isInstanceOf(ArticleNotFoundException.class);
    }
}
