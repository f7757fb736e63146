package vn.dacsan.business.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.account.application.AccountService;
import vn.dacsan.account.application.PasswordHashing;
import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.LockoutPolicy;
import vn.dacsan.account.domain.Role;
import vn.dacsan.catalog.domain.AdminLevel;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.LicenceKind;
import vn.dacsan.catalog.domain.Producer;
import vn.dacsan.catalog.domain.ProducerKind;
import vn.dacsan.catalog.domain.ProducerStatus;
import vn.dacsan.testing.TestDatabase;

/**
 * Registering, verifying and rejecting businesses against a real database (H2 with the Flyway
 * migrations): all or nothing on registration, duplicates refused, decisions recorded once.
 */
class BusinessOnboardingIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final String STAFF = "canbo@example.vn";
    private static final String SECOND_STAFF = "canbo2@example.vn";

    private final Clock clock = Clock.fixed(NOW, VIETNAM);
    private final PasswordHashing hashing = new PasswordHashing(new Pbkdf2PasswordHashImpl());
    private final RecordedEvents<BusinessRegistered> registered = new RecordedEvents<>();
    private final RecordedEvents<BusinessDecided> decided = new RecordedEvents<>();
    private TestDatabase db;
    private AccountService accounts;
    private BusinessOnboarding onboarding;

    @BeforeEach
    void communesAndStaff() {
        db = new TestDatabase();
        accounts = new AccountService(db.em(), hashing, clock, LockoutPolicy.DEFAULT);
        onboarding = onboarding(db.em());
        db.run(() -> {
            EntityManager em = db.em();
            AdminUnit vinhLong = em.find(AdminUnit.class, "vinh-long");
            AdminUnit giongTrom = new AdminUnit("vinh-long.giong-trom", "xã Giồng Trôm", AdminLevel.COMMUNE, vinhLong);
            em.persist(giongTrom);
            em.persist(new AdminUnit("vinh-long.an-hoi", "phường An Hội", AdminLevel.WARD, vinhLong));
            em.persist(AdminUnit.former("vinh-long.giong-trom.truoc-2025", "thị trấn Giồng Trôm", AdminLevel.COMMUNE,
                    giongTrom, LocalDate.of(2025, 6, 30)));
            em.persist(new AdminUnit("can-tho.phong-dien", "xã Phong Điền", AdminLevel.COMMUNE, em.find(AdminUnit.class, "can-tho")));
            // staff never log in here: any stored hash will do, and skipping PBKDF2 keeps the test quick
            em.persist(Account.of(STAFF, "Trần Thị Thu Hà", "not-a-login", Role.STAFF, NOW));
            em.persist(Account.of(SECOND_STAFF, "Phạm Minh Tuấn", "not-a-login", Role.STAFF, NOW));
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private BusinessOnboarding onboarding(EntityManager em) {
        return new BusinessOnboarding(em, new AccountService(em, hashing, clock, LockoutPolicy.DEFAULT), clock, registered, decided);
    }

    private RegisteredBusiness register(Applications application) {
        return db.inTransaction(em -> onboarding.register(application.build()));
    }

    private InvalidBusinessInput refused(Applications application) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> register(application));
        assertThat(thrown).isInstanceOf(InvalidBusinessInput.class);
        return (InvalidBusinessInput) thrown;
    }

    private Producer producer(long id) {
        return db.inTransaction(em -> {
            Producer producer = em.find(Producer.class, id);
            producer.getLicences().size();
            return producer;
        });
    }

    /** Producers, licences and accounts in the database, to show that a refusal wrote nothing. */
    private List<Long> rows() {
        return db.inTransaction(em -> List.of(
                em.createQuery("select count(p) from Producer p", Long.class).getSingleResult(),
                em.createQuery("select count(l) from ProducerLicence l", Long.class).getSingleResult(),
                em.createQuery("select count(a) from Account a", Long.class).getSingleResult()));
    }

    @Test
    void aRegistrationCreatesAPendingProducerWithItsLicencesAndALoginThatWorks() {
        RegisteredBusiness business = register(Applications.household()
                .licence("BUSINESS_REGISTRATION", "56A8001234", "12/05/2019", "UBND huyện Giồng Trôm", ""));

        assertThat(business.status()).isEqualTo(ProducerStatus.PENDING);
        assertThat(business.slug()).isEqualTo("co-so-keo-chuoi-tu-lanh");
        Producer producer = producer(business.producerId());
        assertThat(producer.getStatus()).isEqualTo(ProducerStatus.PENDING);
        assertThat(producer.canSubmitListings()).isFalse();
        assertThat(producer.getKind()).isEqualTo(ProducerKind.HOUSEHOLD);
        assertThat(producer.getRegistrationNumber()).isEqualTo("8461027396");
        assertThat(producer.getPhone()).isEqualTo("0938214657");
        assertThat(producer.getEmail()).isEqualTo("tulanh@example.vn");
        assertThat(producer.getSubmittedAt()).isEqualTo(NOW);
        assertThat(producer.getDecidedAt()).isNull();
        assertThat(producer.getLicences()).extracting(l -> l.getKind(), l -> l.getNumber(), l -> l.getIssuedOn(), l -> l.getValidUntil())
                .containsExactly(
                        tuple(LicenceKind.FOOD_SAFETY, "125/2025/ATTP-CNĐK", LocalDate.of(2025, 3, 14), LocalDate.of(2028, 3, 14)),
                        tuple(LicenceKind.BUSINESS_REGISTRATION, "56A8001234", LocalDate.of(2019, 5, 12), null));

        assertThat(db.inTransaction(em -> accounts.signIn("TuLanh@example.vn", Applications.PASSWORD)).signedIn()).isTrue();
        assertThat(db.inTransaction(em -> accounts.profile("tulanh@example.vn")).orElseThrow())
                .satisfies(p -> {
                    assertThat(p.role()).isEqualTo(Role.BUSINESS);
                    assertThat(p.producerId()).isEqualTo(business.producerId());
                });
        assertThat(registered.fired).singleElement().satisfies(e -> {
            assertThat(e.producerId()).isEqualTo(business.producerId());
            assertThat(e.accountEmail()).isEqualTo("tulanh@example.vn");
            assertThat(e.submittedAt()).isEqualTo(NOW);
        });
        assertThat(db.inTransaction(em -> onboarding.standing(business.producerId())).orElseThrow())
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(ProducerStatus.PENDING);
                    assertThat(s.canSubmitListings()).isFalse();
                });
    }

    @Test
    void aTaxCodeOrLoginEmailAlreadyRegisteredIsAConflictAndWritesNothing() {
        register(Applications.household());
        List<Long> before = rows();

        InvalidBusinessInput sameNumber = refused(Applications.household().registrationNumber("8461 027 396")
                .accountEmail("khac@example.vn").name("Cơ sở khác"));
        assertThat(sameNumber.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("registrationNumber", "registrationNumber.taken"));
        assertThat(sameNumber.isConflict()).isTrue();

        InvalidBusinessInput sameEmail = refused(Applications.household().registrationNumber("8461027397")
                .accountEmail("TULANH@example.vn"));
        assertThat(sameEmail.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("accountEmail", "accountEmail.taken"));

        InvalidBusinessInput staffEmail = refused(Applications.household().registrationNumber("8461027397").accountEmail(STAFF));
        assertThat(staffEmail.errors()).extracting(FieldError::code).containsExactly("accountEmail.taken");

        assertThat(rows()).isEqualTo(before);
        assertThat(registered.fired).hasSize(1);
    }

    @Test
    void aSecondBusinessWithTheSameNameGetsItsOwnAddress() {
        RegisteredBusiness first = register(Applications.household());
        RegisteredBusiness second = register(Applications.household().registrationNumber("8461027397").accountEmail("b@example.vn"));
        assertThat(second.slug()).isEqualTo(first.slug() + "-2");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() {
        List<Long> before = rows();

        InvalidBusinessInput refusal = refused(Applications.household().kind("ENTERPRISE").registrationNumber("12345")
                .phone("12345").passwords("ngan", "ngan")
                .onlyLicence("FOOD_SAFETY", "7/ATTP", "2026-04-01", "Sở Y tế", null));

        assertThat(refusal.isConflict()).isFalse();
        assertThat(refusal.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                tuple("registrationNumber", "registrationNumber.format"), tuple("phone", "phone.format"),
                tuple("password", "password.tooShort"), tuple("licences[0].issuedOn", "licence.issuedOn.future"));
        assertThat(rows()).isEqualTo(before);
        assertThat(registered.fired).isEmpty();
    }

    @Test
    void onlyACurrentCommuneOfTheChosenProvinceIsAccepted() {
        assertThat(refused(Applications.household().place("vinh-long", "can-tho.phong-dien")).errors())
                .extracting(FieldError::field, FieldError::code).containsExactly(tuple("commune", "commune.notInProvince"));
        assertThat(refused(Applications.household().place("vinh-long", "vinh-long.giong-trom.truoc-2025")).errors())
                .extracting(FieldError::field, FieldError::code).containsExactly(tuple("commune", "commune.notCurrent"));
        assertThat(refused(Applications.household().place("ben-tre", "vinh-long.giong-trom")).errors())
                .as("a province merged away").extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("province", "province.unknown"));
        assertThat(refused(Applications.household().place("vinh-long", "vinh-long")).errors())
                .as("a province is not a commune").extracting(FieldError::code).containsExactly("commune.unknown");
        assertThat(refused(Applications.household().place("vinh-long", "khong-co")).errors())
                .extracting(FieldError::code).containsExactly("commune.unknown");
        assertThat(register(Applications.household().place("vinh-long", "vinh-long.an-hoi")).status())
                .as("a ward is fine").isEqualTo(ProducerStatus.PENDING);
    }

    @Test
    void theQueueListsPendingBusinessesOldestFirstWithLicencesAndLogins() {
        RegisteredBusiness older = register(Applications.household());
        Clock later = Clock.offset(clock, java.time.Duration.ofHours(2));
        BusinessOnboarding laterDesk = new BusinessOnboarding(db.em(), accounts, later, registered, decided);
        RegisteredBusiness newer = db.inTransaction(em -> laterDesk.register(Applications.household()
                .kind("COOPERATIVE").name("HTX Dừa Sáp Cầu Kè").registrationNumber("2100584740")
                .accountEmail("htx@example.vn").place("vinh-long", "vinh-long.an-hoi").build()));

        List<PendingBusiness> queue = db.inTransaction(em -> onboarding.pending());

        assertThat(queue).extracting(PendingBusiness::id).containsExactly(older.producerId(), newer.producerId());
        assertThat(queue.get(0)).satisfies(b -> {
            assertThat(b.commune()).isEqualTo("xã Giồng Trôm");
            assertThat(b.province()).isEqualTo("Vĩnh Long");
            assertThat(b.accountEmails()).containsExactly("tulanh@example.vn");
            assertThat(b.licences()).extracting(PendingBusiness.Licence::number).containsExactly("125/2025/ATTP-CNĐK");
        });
        long waiting = db.inTransaction(em -> onboarding.pendingCount());
        assertThat(waiting).isEqualTo(2);
    }

    @Test
    void verificationRecordsWhoAndWhenOpensListingsAndCannotBeRepeated() {
        long id = register(Applications.household()).producerId();

        BusinessDecided decision = db.inTransaction(em -> onboarding.verify(id, STAFF));

        Producer producer = producer(id);
        assertThat(producer.getStatus()).isEqualTo(ProducerStatus.VERIFIED);
        assertThat(producer.canSubmitListings()).isTrue();
        assertThat(producer.getDecidedAt()).isEqualTo(NOW);
        assertThat(producer.getDecidedBy()).isEqualTo(staffId(STAFF));
        assertThat(decision.decision()).isEqualTo(ProducerStatus.VERIFIED);
        assertThat(decision.accountEmails()).containsExactly("tulanh@example.vn");
        assertThat(decided.fired).containsExactly(decision);
        List<PendingBusiness> queue = db.inTransaction(em -> onboarding.pending());
        assertThat(queue).isEmpty();
        List<DecidedBusiness> recent = db.inTransaction(em -> onboarding.recentlyDecided(10));
        assertThat(recent).singleElement().satisfies(d -> {
            assertThat(d.decidedBy()).isEqualTo("Trần Thị Thu Hà");
            assertThat(d.status()).isEqualTo(ProducerStatus.VERIFIED);
        });

        assertThatThrownBy(() -> db.inTransaction(em -> onboarding.reject(id, SECOND_STAFF, "Trùng hồ sơ")))
                .isInstanceOfSatisfying(BusinessAlreadyDecided.class, e -> {
                    assertThat(e.status()).isEqualTo(ProducerStatus.VERIFIED);
                    assertThat(e.decidedBy()).isEqualTo("Trần Thị Thu Hà");
                });
        assertThatThrownBy(() -> db.inTransaction(em -> onboarding.verify(id, SECOND_STAFF)))
                .isInstanceOf(BusinessAlreadyDecided.class);
        assertThat(producer(id).getDecidedBy()).isEqualTo(staffId(STAFF));
        assertThat(decided.fired).hasSize(1);
    }

    @Test
    void aRejectionNeedsAReasonTheBusinessThenSees() {
        long id = register(Applications.household()).producerId();

        assertThatThrownBy(() -> db.inTransaction(em -> onboarding.reject(id, STAFF, "   ")))
                .isInstanceOfSatisfying(InvalidBusinessInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code).containsExactly(tuple("reason", "reason.required")));
        assertThatThrownBy(() -> db.inTransaction(em -> onboarding.reject(id, STAFF, "x".repeat(1001))))
                .isInstanceOfSatisfying(InvalidBusinessInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::code, FieldError::limit).containsExactly(tuple("tooLong", 1000)));
        assertThatThrownBy(() -> db.inTransaction(em -> onboarding.reject(id, STAFF, "Thiếu\u0000 giấy phép")))
                .isInstanceOfSatisfying(InvalidBusinessInput.class, e -> assertThat(e.errors())
                        .extracting(FieldError::code).containsExactly("text.control"));
        assertThat(producer(id).getStatus()).isEqualTo(ProducerStatus.PENDING);

        String reason = "Giấy chứng nhận ATTP không khớp với tên cơ sở.\nVui lòng bổ sung bản sao.";
        db.inTransaction(em -> onboarding.reject(id, STAFF, "  " + reason + " "));

        BusinessStanding standing = db.inTransaction(em -> onboarding.standing(id)).orElseThrow();
        assertThat(standing.status()).isEqualTo(ProducerStatus.REJECTED);
        assertThat(standing.rejectionReason()).isEqualTo(reason);
        assertThat(standing.canSubmitListings()).isFalse();
        assertThat(decided.fired).singleElement().satisfies(e -> assertThat(e.rejectionReason()).isEqualTo(reason));
    }

    @Test
    void onlyStaffDecideAndAnUnknownBusinessIsSaidToBeUnknown() {
        long id = register(Applications.household()).producerId();

        assertThatThrownBy(() -> db.inTransaction(em -> onboarding.verify(id, "tulanh@example.vn")))
                .isInstanceOf(SecurityException.class);
        assertThat(producer(id).getStatus()).isEqualTo(ProducerStatus.PENDING);
        assertThatThrownBy(() -> db.inTransaction(em -> onboarding.verify(id + 999_999, STAFF)))
                .isInstanceOf(UnknownBusiness.class);
    }

    @Test
    void twoStaffDecidingAtOnceCannotBothSucceed() throws Exception {
        long id = register(Applications.household()).producerId();
        EntityManager otherDesk = db.newEntityManager();
        BusinessOnboarding second = onboarding(otherDesk);
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch secondIsWaiting = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> db.run(() -> {
            onboarding.verify(id, STAFF);
            firstHoldsTheLock.countDown();
            await(secondIsWaiting);
            sleep(300); // the second decision is now blocked on the row lock
        }));
        await(firstHoldsTheLock);
        Throwable secondOutcome;
        otherDesk.getTransaction().begin();
        try {
            secondIsWaiting.countDown();
            second.reject(id, SECOND_STAFF, "Hồ sơ thiếu giấy phép");
            secondOutcome = null;
        } catch (RuntimeException e) {
            secondOutcome = e;
        } finally {
            otherDesk.getTransaction().rollback();
            otherDesk.close();
        }
        first.get(10, TimeUnit.SECONDS);

        assertThat(secondOutcome).isInstanceOf(BusinessAlreadyDecided.class);
        Producer producer = producer(id);
        assertThat(producer.getStatus()).isEqualTo(ProducerStatus.VERIFIED);
        assertThat(producer.getDecidedBy()).isEqualTo(staffId(STAFF));
    }

    private long staffId(String email) {
        return db.inTransaction(em -> em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", email).getSingleResult().getId());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
