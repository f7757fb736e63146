package vn.dacsan.listing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.Role;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.Producer;
import vn.dacsan.catalog.domain.ProducerKind;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.listing.domain.FieldChange;
import vn.dacsan.listing.domain.ListingAction;
import vn.dacsan.listing.domain.ListingStateException;
import vn.dacsan.listing.domain.RevisionState;
import vn.dacsan.listing.domain.WorkingCalendar;
import vn.dacsan.media.MediaStore;
import vn.dacsan.search.application.SearchOutbox;
import vn.dacsan.testing.MovableClock;
import vn.dacsan.testing.RecordingEvent;
import vn.dacsan.testing.TestDatabase;

/** The listing workflow against the real schema: seller portal and review desk, ownership, states, deadlines, log. */
class ListingReviewIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Friday 27 November 2026, 10:00 in Vietnam. */
    private static final Instant FRIDAY_MORNING = Instant.parse("2026-11-27T03:00:00Z");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private TestDatabase db;
    private MovableClock clock;
    private RecordingEvent<ListingNews> news;
    private SellerListings seller;
    private ReviewDesk desk;
    private AccountProfile keoDua;
    private AccountProfile otherBusiness;
    private AccountProfile unverified;
    private AccountProfile reviewer;
    private AccountProfile secondReviewer;
    private long keoDuaLiveProduct;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDatabase();
        clock = new MovableClock(FRIDAY_MORNING);
        news = new RecordingEvent<>();
        SearchOutbox outbox = new SearchOutbox(db.em(), clock);
        MediaStore media = new MediaStore(Files.createTempDirectory("media"));
        db.run(() -> DemoCatalog.read().loadInto(db.em(), outbox, media, clock));
        db.run(() -> db.em().createQuery("delete from SearchOutboxEntry").executeUpdate());
        ListingRecords records = new ListingRecords(db.em());
        ReviewSettings settings = new ReviewSettings(3, WorkingCalendar.parse(ReviewSettings.DEFAULT_HOLIDAYS), VIETNAM);
        seller = new SellerListings(records, outbox, settings, clock, news);
        desk = new ReviewDesk(records, outbox, settings, clock, news);
        long keoDuaProducer = producerId("cong-ty-keo-dua-an-hoi");
        keoDua = account("keodua@test.vn", "Kẹo dừa An Hội", Role.BUSINESS, keoDuaProducer);
        otherBusiness = account("other@test.vn", "Thực phẩm dừa", Role.BUSINESS, producerId("cong-ty-thuc-pham-dua-phuoc-long"));
        unverified = account("new@test.vn", "Hộ mới", Role.BUSINESS, db.inTransaction(em -> {
            Producer producer = new Producer("ho-moi", "Hộ kinh doanh mới", ProducerKind.HOUSEHOLD, "8123456789", "Nguyễn Văn A",
                    em.find(AdminUnit.class, "vinh-long.an-hoi"), clock.instant());
            em.persist(producer);
            em.flush();
            return producer.getId();
        }));
        reviewer = account("canbo@test.vn", "Cán bộ Lan", Role.STAFF, null);
        secondReviewer = account("canbo2@test.vn", "Cán bộ Minh", Role.STAFF, null);
        keoDuaLiveProduct = db.inTransaction(em -> em.createQuery(
                        "select p.id from Product p where p.producer.id = :producer and p.status = :live order by p.id", Long.class)
                .setParameter("producer", keoDuaProducer).setParameter("live", ProductStatus.LIVE)
                .setMaxResults(1).getSingleResult());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aNewListingIsRejectedWithAReasonThenResubmittedAndApproved() {
        long id = tx(() -> seller.create(keoDua, draft("Kẹo dừa lá dứa", 45_000L, 120), VI));
        assertThat(product(id).getStatus()).isEqualTo(ProductStatus.DRAFT);

        tx(() -> seller.submit(keoDua, id));
        ReviewItem queued = tx(() -> desk.queue(reviewer, RevisionState.SUBMITTED, 50)).stream()
                .filter(i -> i.productId() == id).findFirst().orElseThrow();
        // Friday 27 Nov + 3 working days = Wednesday 2 Dec
        assertThat(queued.dueOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(queued.newListing()).isTrue();
        assertThat(product(id).getStatus()).isEqualTo(ProductStatus.SUBMITTED);

        assertThatThrownBy(() -> tx(() -> desk.reject(reviewer, queued.id(), "   ", VI)))
                .isInstanceOfSatisfying(InvalidListingException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
        assertThat(tx(() -> desk.details(reviewer, queued.id())).revision().state()).isEqualTo("SUBMITTED");

        tx(() -> desk.reject(reviewer, queued.id(), "Thiếu ảnh bao bì và số quyết định OCOP", VI));
        assertThat(product(id).getStatus()).isEqualTo(ProductStatus.REJECTED);
        SellerListing rejected = tx(() -> seller.list(keoDua)).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
        assertThat(rejected.revisionState()).isEqualTo("REJECTED");
        assertThat(rejected.lastReason()).isEqualTo("Thiếu ảnh bao bì và số quyết định OCOP");
        assertThatThrownBy(() -> tx(() -> {
            desk.approve(reviewer, queued.id(), null, VI);
            return null;
        })).isInstanceOf(ListingStateException.class).hasMessageContaining("rejected");

        tx(() -> seller.update(keoDua, id, draft("Kẹo dừa lá dứa Bến Tre", 45_000L, 120), VI));
        RevisionStateCheck second = new RevisionStateCheck(tx(() -> seller.submit(keoDua, id)).getId());
        tx(() -> desk.approve(reviewer, second.id, "Đủ hồ sơ", VI));

        Product live = product(id);
        assertThat(live.getStatus()).isEqualTo(ProductStatus.LIVE);
        assertThat(live.getName()).isEqualTo("Kẹo dừa lá dứa Bến Tre");
        assertThat(live.currentCertificate()).hasValueSatisfying(c -> assertThat(c.getStars()).isEqualTo(4));
        assertThat(outboxEntriesFor(id)).isEqualTo(1);
        SellerListingDetails details = tx(() -> seller.get(keoDua, id));
        assertThat(details.log()).extracting(LogLine::action)
                .containsExactly("CREATED", "SUBMITTED", "REJECTED", "CREATED", "SUBMITTED", "APPROVED");
        assertThat(details.log().get(2).actor()).isEqualTo("Cán bộ Lan");
        assertThat(details.log().get(2).reason()).isEqualTo("Thiếu ảnh bao bì và số quyết định OCOP");
        assertThat(news.fired).extracting(ListingNews::action)
                .containsExactly(ListingAction.SUBMITTED, ListingAction.REJECTED, ListingAction.SUBMITTED, ListingAction.APPROVED);
    }

    private record RevisionStateCheck(long id) {
    }

    @Test
    void editsToALiveListingWaitForReviewWhilePriceAndStockApplyAtOnce() {
        Product before = product(keoDuaLiveProduct);
        ListingDraft same = draftOf(before, before.getName(), before.getDescription(), 99_000L, 7);
        SellerListings.SaveOutcome priceOnly = tx(() -> seller.update(keoDua, keoDuaLiveProduct, same, VI));
        assertThat(priceOnly.appliedAtOnce()).isTrue();
        assertThat(priceOnly.draftChanged()).isFalse();
        assertThat(product(keoDuaLiveProduct).getPriceVnd()).isEqualTo(99_000L);
        assertThat(product(keoDuaLiveProduct).getStock()).isEqualTo(7);
        assertThat(outboxEntriesFor(keoDuaLiveProduct)).isEqualTo(1);

        ListingDraft renamed = draftOf(before, "Kẹo dừa sầu riêng đặc biệt", before.getDescription() + " Nay có thêm vị sầu riêng.", 99_000L, 7);
        tx(() -> seller.update(keoDua, keoDuaLiveProduct, renamed, VI));
        assertThat(product(keoDuaLiveProduct).getName()).isEqualTo(before.getName());
        assertThat(product(keoDuaLiveProduct).getStatus()).isEqualTo(ProductStatus.LIVE);

        long revision = tx(() -> seller.submit(keoDua, keoDuaLiveProduct)).getId();
        // while it waits: content is frozen, price still moves
        ListingDraft otherName = draftOf(before, "Tên khác hẳn", before.getDescription(), 99_000L, 7);
        assertThatThrownBy(() -> tx(() -> seller.update(keoDua, keoDuaLiveProduct, otherName, VI)))
                .isInstanceOfSatisfying(ListingStateException.class, e -> assertThat(e.code()).isEqualTo("under-review"));
        ListingDraft cheaper = draftOf(before, "Kẹo dừa sầu riêng đặc biệt", before.getDescription() + " Nay có thêm vị sầu riêng.", 95_000L, 7);
        tx(() -> seller.update(keoDua, keoDuaLiveProduct, cheaper, VI));
        assertThat(product(keoDuaLiveProduct).getPriceVnd()).isEqualTo(95_000L);

        ReviewDetails review = tx(() -> desk.details(reviewer, revision));
        assertThat(review.item().newListing()).isFalse();
        assertThat(review.revision().changes()).extracting(FieldChange::field).containsExactly("name", "description");
        assertThat(review.revision().changes().get(0))
                .isEqualTo(new FieldChange("name", before.getName(), "Kẹo dừa sầu riêng đặc biệt"));

        tx(() -> desk.approve(reviewer, revision, null, VI));
        assertThat(product(keoDuaLiveProduct).getName()).isEqualTo("Kẹo dừa sầu riêng đặc biệt");
        assertThat(product(keoDuaLiveProduct).getSlug()).isEqualTo(before.getSlug());
        assertThat(product(keoDuaLiveProduct).getImages()).hasSameSizeAs(before.getImages());
    }

    @Test
    void aBusinessCanNeverTouchAnotherBusinesssListing() {
        long mine = keoDuaLiveProduct;
        ListingDraft any = draft("Kẹo dừa giả mạo", 10_000L, 1);
        List<Runnable> foreign = List.of(
                () -> seller.get(otherBusiness, mine),
                () -> seller.update(otherBusiness, mine, any, VI),
                () -> seller.submit(otherBusiness, mine),
                () -> seller.withdraw(otherBusiness, mine, null, VI),
                () -> seller.get(reviewer, mine),
                () -> desk.queue(keoDua, RevisionState.SUBMITTED, 10),
                () -> desk.approve(keoDua, 1L, null, VI),
                () -> desk.suspend(otherBusiness, mine, "không", VI));
        for (Runnable call : foreign) {
            assertThatThrownBy(() -> tx(() -> {
                call.run();
                return null;
            })).isInstanceOf(NotYoursException.class);
        }
        assertThat(tx(() -> seller.list(otherBusiness))).extracting(SellerListing::id).doesNotContain(mine);
        assertThatThrownBy(() -> tx(() -> seller.get(keoDua, 987_654_321L))).isInstanceOf(ListingNotFoundException.class);
        assertThat(product(mine).getName()).isNotEqualTo("Kẹo dừa giả mạo");
    }

    @Test
    void badInputNamesEveryFieldAndChangesNothing() {
        long before = countProducts();
        ListingDraft bad = new ListingDraft("ab", "ngắn quá", -5L, "", -1, "2019.thuc-pham", "khong-co",
                new ListingDraft.Certificate(6, "", LocalDate.of(2027, 1, 1), null, null), List.of());
        assertThatThrownBy(() -> tx(() -> seller.create(keoDua, bad, Locale.ENGLISH)))
                .isInstanceOfSatisfying(InvalidListingException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("name", "description", "unit", "priceVnd", "stock", "certificate.stars",
                                "certificate.decisionNumber", "certificate.issuer", "certificate.decisionDate"));
        assertThatThrownBy(() -> tx(() -> seller.create(keoDua, draft("Kẹo dừa vàng", 500_000_000L, 1), VI)))
                .isInstanceOfSatisfying(InvalidListingException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("priceVnd");
                    assertThat(e.errors().get(0).message()).contains("100.000.000");
                });
        ListingDraft wrongPlaces = new ListingDraft("Kẹo dừa", "Kẹo dừa truyền thống làm từ nước cốt dừa.", 30_000L, "hộp", 5,
                "2019.thuc-pham", "khong-co-xa-nay", null, List.of("uploads/p999/anh-cua-nguoi-khac.jpg"));
        assertThatThrownBy(() -> tx(() -> seller.create(keoDua, wrongPlaces, VI)))
                .isInstanceOfSatisfying(InvalidListingException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("groupCode", "originCode", "images"));
        assertThat(countProducts()).isEqualTo(before);

        // markup is kept as the words it is; pages escape it
        long id = tx(() -> seller.create(keoDua, new ListingDraft("Kẹo dừa <b>đậm</b>", "<img src=x onerror=alert(1)> ngon, béo, thơm.",
                30_000L, "hộp", 5, "2023.thuc-pham.che-bien", "vinh-long.an-hoi", null, List.of()), VI));
        assertThat(product(id).getDescription()).isEqualTo("<img src=x onerror=alert(1)> ngon, béo, thơm.");
    }

    @Test
    void onlyVerifiedBusinessesSubmitAndStateRulesHold() {
        assertThatThrownBy(() -> tx(() -> seller.create(unverified, draft("Bánh phồng sữa", 40_000L, 10), VI)))
                .isInstanceOfSatisfying(ListingStateException.class, e -> assertThat(e.code()).isEqualTo("business-not-verified"));
        assertThatThrownBy(() -> tx(() -> seller.submit(keoDua, keoDuaLiveProduct)))
                .isInstanceOfSatisfying(ListingStateException.class, e -> assertThat(e.code()).isEqualTo("nothing-to-submit"));

        long id = tx(() -> seller.create(keoDua, draft("Kẹo dừa cacao", 50_000L, 10), VI));
        long revision = tx(() -> seller.submit(keoDua, id)).getId();
        assertThatThrownBy(() -> tx(() -> seller.submit(keoDua, id)))
                .isInstanceOfSatisfying(ListingStateException.class, e -> assertThat(e.code()).isEqualTo("already-submitted"));

        tx(() -> {
            desk.claim(reviewer, revision);
            return null;
        });
        assertThatThrownBy(() -> tx(() -> {
            desk.approve(secondReviewer, revision, null, VI);
            return null;
        })).isInstanceOfSatisfying(ListingStateException.class, e -> assertThat(e.code()).isEqualTo("claimed"));
        tx(() -> {
            desk.approve(reviewer, revision, null, VI);
            return null;
        });
        assertThatThrownBy(() -> tx(() -> {
            desk.approve(reviewer, revision, null, VI);
            return null;
        })).isInstanceOfSatisfying(ListingStateException.class, e -> assertThat(e.code()).isEqualTo("revision-approved"));

        tx(() -> {
            seller.withdraw(keoDua, id, "Hết mùa", VI);
            return null;
        });
        assertThat(product(id).getStatus()).isEqualTo(ProductStatus.WITHDRAWN);
        long relist = tx(() -> seller.submit(keoDua, id)).getId();
        tx(() -> {
            desk.approve(reviewer, relist, null, VI);
            desk.suspend(reviewer, id, "Phản ánh về chất lượng lô hàng tháng 11", VI);
            return null;
        });
        assertThat(product(id).getStatus()).isEqualTo(ProductStatus.SUSPENDED);
        assertThatThrownBy(() -> tx(() -> {
            desk.suspend(reviewer, id, "lần nữa", VI);
            return null;
        })).isInstanceOf(ListingStateException.class);
        assertThat(tx(() -> seller.get(keoDua, id)).log()).extracting(LogLine::action)
                .containsSubsequence("CREATED", "SUBMITTED", "CLAIMED", "APPROVED", "WITHDRAWN", "SUBMITTED", "APPROVED", "SUSPENDED");
    }

    @Test
    void theQueueShowsOldestDueFirstAndFlagsOverdueItems() {
        long first = tx(() -> seller.create(keoDua, draft("Kẹo dừa sữa", 40_000L, 10), VI));
        tx(() -> seller.submit(keoDua, first));
        clock.advance(Duration.ofDays(3)); // Monday 30 Nov
        long second = tx(() -> seller.create(keoDua, draft("Kẹo dừa gừng", 40_000L, 10), VI));
        tx(() -> seller.submit(keoDua, second));
        clock.set(Instant.parse("2026-12-03T03:00:00Z")); // Thursday 3 Dec: the first is a day late

        List<ReviewItem> queue = tx(() -> desk.queue(reviewer, RevisionState.SUBMITTED, 50));
        assertThat(queue).extracting(ReviewItem::productId).containsExactly(first, second);
        assertThat(queue.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(queue.get(0).overdue()).isTrue();
        assertThat(queue.get(1).dueOn()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(queue.get(1).overdue()).isFalse();
    }

    @Test
    void theOnTimeRateCountsDecisionsByTheirDueDate() {
        ReviewStatistics statistics = new ReviewStatistics(db.em(), clock,
                new ReviewSettings(3, WorkingCalendar.parse(ReviewSettings.DEFAULT_HOLIDAYS), VIETNAM));
        long onTime = tx(() -> seller.create(keoDua, draft("Kẹo dừa dứa", 40_000L, 10), VI));
        long late = tx(() -> seller.create(keoDua, draft("Kẹo dừa lá dứa", 40_000L, 10), VI));
        long open = tx(() -> seller.create(keoDua, draft("Kẹo dừa sữa", 40_000L, 10), VI));
        long first = tx(() -> seller.submit(keoDua, onTime)).getId();
        long second = tx(() -> seller.submit(keoDua, late)).getId();
        tx(() -> seller.submit(keoDua, open));
        clock.set(Instant.parse("2026-12-02T09:00:00Z")); // Wednesday 2 Dec, 16:00: the due day
        tx(() -> desk.approve(reviewer, first, null, VI));
        clock.set(Instant.parse("2026-12-03T02:00:00Z")); // Thursday 3 Dec: a day late
        tx(() -> desk.reject(secondReviewer, second, "Thiếu giấy chứng nhận an toàn thực phẩm", VI));

        List<ReviewStatistics.Month> months = tx(() -> statistics.monthly(2));
        assertThat(months).extracting(m -> m.month().toString()).containsExactly("2026-12", "2026-11");
        ReviewStatistics.Month november = months.get(1);
        assertThat(november.received()).isEqualTo(3);
        assertThat(november.decided()).isEqualTo(2);
        assertThat(november.onTime()).isEqualTo(1);
        assertThat(november.onTimeRate()).isEqualTo(0.5);
        assertThat(november.openOverdue()).isEqualTo(1);
        assertThat(months.get(0).onTimeRate()).isNull();
        assertThat(tx(() -> statistics.reviewers(2))).extracting(ReviewStatistics.Reviewer::name, ReviewStatistics.Reviewer::onTime)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Cán bộ Lan", 1L), org.assertj.core.groups.Tuple.tuple("Cán bộ Minh", 0L));
    }

    @Test
    void theCertificateWatchAnnouncesEachExpiryOnceAndStaffCanRevoke() {
        RecordingEvent<CertificateNews> certificateNews = new RecordingEvent<>();
        ReviewSettings settings = new ReviewSettings(3, WorkingCalendar.parse(ReviewSettings.DEFAULT_HOLIDAYS), VIETNAM);
        CertificateWatch watch = new CertificateWatch(db.em(), new SearchOutbox(db.em(), clock), settings, clock, certificateNews,
                new ListingRecords(db.em()));
        int first = tx(watch::run);
        assertThat(first).isPositive();
        assertThat(certificateNews.fired).extracting(CertificateNews::state)
                .contains(vn.dacsan.catalog.domain.CertificateState.EXPIRING, vn.dacsan.catalog.domain.CertificateState.EXPIRED);
        long reindexed = db.inTransaction(em -> em.createQuery("select count(e) from SearchOutboxEntry e", Long.class).getSingleResult());
        assertThat(reindexed).isEqualTo(first);
        assertThat(tx(watch::run)).as("nothing new on a second run the same day").isZero();

        int expiringBefore = (int) certificateNews.fired.stream().filter(n -> n.state() == vn.dacsan.catalog.domain.CertificateState.EXPIRING).count();
        clock.advance(Duration.ofDays(40));
        tx(watch::run);
        assertThat(certificateNews.fired.stream().filter(n -> n.state() == vn.dacsan.catalog.domain.CertificateState.EXPIRED).count())
                .as("every certificate that was expiring has now expired").isGreaterThanOrEqualTo(expiringBefore);

        Object[] found = db.inTransaction(em -> em.createQuery("select c.id, c.product.id from OcopCertificate c"
                        + " where c.product.producer.id = :producer and c.status = :valid and c.validUntil > :soon order by c.id", Object[].class)
                .setParameter("producer", keoDua.producerId())
                .setParameter("valid", vn.dacsan.catalog.domain.CertificateStatus.VALID)
                .setParameter("soon", LocalDate.ofInstant(clock.instant(), VIETNAM).plusDays(31))
                .setMaxResults(1).getSingleResult());
        long certificate = (Long) found[0];
        long certified = (Long) found[1];
        assertThatThrownBy(() -> tx(() -> watch.revoke(reviewer, certificate, " ", "Vi phạm an toàn thực phẩm", VI)))
                .isInstanceOfSatisfying(InvalidListingException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("decisionReference"));
        assertThatThrownBy(() -> tx(() -> watch.revoke(keoDua, certificate, "215/QĐ-UBND", "tự thu hồi", VI)))
                .isInstanceOf(NotYoursException.class);
        tx(() -> watch.revoke(reviewer, certificate, "215/QĐ-UBND", "Vi phạm an toàn thực phẩm", VI));
        assertThat(product(certified).getCertificates()).filteredOn(c -> c.getId() == certificate)
                .singleElement().satisfies(c -> {
                    assertThat(c.getStatus()).isEqualTo(vn.dacsan.catalog.domain.CertificateStatus.REVOKED);
                    assertThat(c.getRevocationReference()).hasValue("215/QĐ-UBND");
                });
        assertThat(product(certified).badgeOn(LocalDate.ofInstant(clock.instant(), VIETNAM))).isEmpty();
        assertThatThrownBy(() -> tx(() -> watch.revoke(reviewer, certificate, "216/QĐ-UBND", "lần hai", VI)))
                .isInstanceOfSatisfying(ListingStateException.class, e -> assertThat(e.code()).isEqualTo("certificate-revoked"));
        assertThat(tx(() -> seller.get(keoDua, certified)).log()).extracting(LogLine::action).contains("CERTIFICATE_REVOKED");
    }

    private ListingDraft draft(String name, Long price, Integer stock) {
        return new ListingDraft(name, "Kẹo dừa làm thủ công từ nước cốt dừa Bến Tre, không chất bảo quản.", price, "hộp 400 g", stock,
                "2023.thuc-pham.che-bien", "vinh-long.an-hoi",
                new ListingDraft.Certificate(4, "1234/QĐ-UBND", LocalDate.of(2025, 6, 1), "UBND tỉnh Vĩnh Long", null), List.of());
    }

    private ListingDraft draftOf(Product product, String name, String description, long price, int stock) {
        ListingRecordsView live = db.inTransaction(em -> {
            Product p = em.find(Product.class, product.getId());
            return new ListingRecordsView(ListingRecords.liveContent(p));
        });
        var c = live.content().getCertificate();
        return new ListingDraft(name, description, price, live.content().getUnit(), stock, live.content().getGroupCode(),
                live.content().getOriginCode(),
                c == null ? null : new ListingDraft.Certificate(c.stars(), c.decisionNumber(), c.decisionDate(), c.issuer(), c.scanKey()),
                live.content().getImages());
    }

    private record ListingRecordsView(vn.dacsan.listing.domain.ListingContent content) {
    }

    private <T> T tx(Supplier<T> work) {
        return db.inTransaction(em -> work.get());
    }

    private void tx(Runnable work) {
        db.run(work);
    }

    private Product product(long id) {
        return db.inTransaction(em -> {
            Product p = em.find(Product.class, id);
            p.getImages().size();
            p.getCertificates().size();
            return p;
        });
    }

    private long outboxEntriesFor(long productId) {
        return db.inTransaction(em -> em.createQuery("select count(e) from SearchOutboxEntry e where e.entityId = :id", Long.class)
                .setParameter("id", productId).getSingleResult());
    }

    private long countProducts() {
        return db.inTransaction(em -> em.createQuery("select count(p) from Product p", Long.class).getSingleResult());
    }

    private long producerId(String slug) {
        return db.inTransaction(em -> em.createQuery("select p.id from Producer p where p.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult());
    }

    private AccountProfile account(String email, String name, Role role, Long producerId) {
        Account account = db.inTransaction(em -> {
            Account a = role == Role.BUSINESS
                    ? Account.business(email, name, "not-a-hash", producerId, clock.instant())
                    : Account.of(email, name, "not-a-hash", role, clock.instant());
            em.persist(a);
            return a;
        });
        return new AccountProfile(account.getId(), email, name, role, producerId);
    }
}
