package vn.dacsan.department.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.department.demo.DemoDepartment;
import vn.dacsan.department.domain.UnitContent;
import vn.dacsan.listing.application.FieldError;
import vn.dacsan.testing.MovableClock;
import vn.dacsan.testing.RecordingEvent;
import vn.dacsan.testing.TestDatabase;

/** Operating rules versions and department pages against the real schema, with a clock the test moves. */
class OperatingRulesIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Friday 27 November 2026, 10:00 in Vietnam. */
    private static final Instant FRIDAY_MORNING = Instant.parse("2026-11-27T03:00:00Z");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private TestDatabase db;
    private MovableClock clock;
    private OperatingRules rules;
    private DepartmentDirectory directory;
    private RecordingEvent<DepartmentUnitChanged> unitChanges;

    @BeforeEach
    void setUp() {
        db = new TestDatabase();
        clock = new MovableClock(FRIDAY_MORNING);
        db.run(() -> DemoDepartment.loadInto(db.em(), clock));
        rules = new OperatingRules(db.em(), clock, VIETNAM);
        unitChanges = new RecordingEvent<>();
        directory = new DepartmentDirectory(db.em(), clock, unitChanges);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aScheduledVersionTakesOverOnItsDayAndEveryVersionStaysReadable() {
        RulesView first = tx(() -> rules.current()).orElseThrow();
        assertThat(first.effectiveOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(first.paragraphs(VI)).anyMatch(p -> p.contains("Nghị định 13/2023/NĐ-CP"));

        RulesView scheduled = tx(() -> rules.publish(draft(LocalDate.of(2026, 12, 1), "Quy chế sửa đổi"), "ha@sct.gov.vn", VI));
        assertThat(scheduled.upcoming()).isTrue();
        assertThat(scheduled.current()).isFalse();
        assertThat(tx(() -> rules.current()).orElseThrow().id()).isEqualTo(first.id());

        // 30 November, 23:59 in Vietnam: still the first version
        clock.set(Instant.parse("2026-11-30T16:59:00Z"));
        assertThat(tx(() -> rules.current()).orElseThrow().id()).isEqualTo(first.id());
        // midnight in Vietnam on 1 December: the new one
        clock.advance(Duration.ofMinutes(1));
        RulesView now = tx(() -> rules.current()).orElseThrow();
        assertThat(now.id()).isEqualTo(scheduled.id());
        assertThat(now.titleVi()).isEqualTo("Quy chế sửa đổi");

        assertThat(tx(() -> rules.versions())).extracting(RulesView::id).containsExactly(scheduled.id(), first.id());
        RulesView earlier = tx(() -> rules.version(first.id())).orElseThrow();
        assertThat(earlier.current()).isFalse();
        assertThat(earlier.bodyVi()).isEqualTo(first.bodyVi());
    }

    @Test
    void anEmptyVersionOrOneDatedBeforeTheLatestIsRefusedAndNothingIsWritten() {
        tx(() -> rules.publish(draft(LocalDate.of(2026, 12, 15), "Bản tháng 12"), "ha@sct.gov.vn", VI));

        assertThatThrownBy(() -> tx(() -> rules.publish(new RulesDraft(LocalDate.of(2026, 12, 20), " ", "", "\n\n", null),
                "ha@sct.gov.vn", VI)))
                .isInstanceOfSatisfying(InvalidDepartmentInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("titleVi", "titleEn", "bodyVi", "bodyEn"));
        assertThatThrownBy(() -> tx(() -> rules.publish(draft(LocalDate.of(2026, 12, 10), "Trước bản gần nhất"), "ha@sct.gov.vn", VI)))
                .isInstanceOfSatisfying(InvalidDepartmentInput.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::code).containsExactly("rulesBeforeLatest");
                    assertThat(e.errors().get(0).message()).contains("2026-12-15");
                });
        assertThatThrownBy(() -> tx(() -> rules.publish(draft(LocalDate.of(2026, 11, 26), "Hôm qua"), "ha@sct.gov.vn", VI)))
                .isInstanceOfSatisfying(InvalidDepartmentInput.class,
                        e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("rulesPast"));
        assertThatThrownBy(() -> tx(() -> rules.publish(draft(null, "Không ngày"), "ha@sct.gov.vn", VI)))
                .isInstanceOf(InvalidDepartmentInput.class);

        assertThat(tx(() -> rules.versions())).hasSize(2);
    }

    @Test
    void staffEditAUnitAndBadContactsChangeNothing() {
        UnitView centre = tx(() -> directory.units()).get(1);
        assertThat(tx(() -> directory.department()).orElseThrow().nameVi()).isEqualTo("Sở Công Thương tỉnh Bến Tre");
        assertThat(centre.phones()).isEqualTo("0275.6281888 - 0275.3822403");

        assertThatThrownBy(() -> tx(() -> directory.update(centre.id(), new UnitContent("", centre.nameEn(), null, "gọi ngay",
                "not-an-email", "javascript:alert(1)", centre.bodyVi(), centre.bodyEn()), "ha@sct.gov.vn", VI)))
                .isInstanceOfSatisfying(InvalidDepartmentInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("nameVi", "phones", "email", "website"));
        assertThat(tx(() -> directory.byId(centre.id())).orElseThrow()).isEqualTo(centre);
        assertThat(unitChanges.fired).isEmpty();

        String payload = "<script>alert('x')</script>\n\nĐoạn hai";
        UnitView saved = tx(() -> directory.update(centre.id(), new UnitContent(centre.nameVi(), centre.nameEn(), "12 Đường Số 1",
                centre.phones(), "ttxt@example.vn", "https://ttxt.example.vn", payload, centre.bodyEn()), "ha@sct.gov.vn", VI));
        assertThat(saved.updatedBy()).isEqualTo("ha@sct.gov.vn");
        assertThat(unitChanges.fired).containsExactly(new DepartmentUnitChanged(centre.id()));
        assertThat(saved.paragraphs(VI)).containsExactly("<script>alert('x')</script>", "Đoạn hai");
        assertThat(tx(() -> directory.bySlug("trung-tam-khuyen-cong-xuc-tien-thuong-mai")).orElseThrow().email()).isEqualTo("ttxt@example.vn");
    }

    private static RulesDraft draft(LocalDate effectiveOn, String title) {
        return new RulesDraft(effectiveOn, title, "Amended rules", "# 1. Phạm vi\n\nNội dung mới.", "# 1. Scope\n\nNew text.");
    }

    private <T> T tx(Supplier<T> work) {
        return db.inTransaction(em -> work.get());
    }
}
