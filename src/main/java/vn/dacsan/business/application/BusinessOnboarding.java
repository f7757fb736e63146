package vn.dacsan.business.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dacsan.account.application.AccountService;
import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.Role;
import vn.dacsan.catalog.application.AdminUnitDirectory;
import vn.dacsan.catalog.domain.AdminLevel;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.Producer;
import vn.dacsan.catalog.domain.ProducerLicence;
import vn.dacsan.catalog.domain.ProducerStatus;
import vn.dacsan.platform.text.VietnameseText;

/**
 * Business onboarding: a producer registers with its login and licences and waits as PENDING;
 * department staff verify it or reject it with a reason. Registration writes the producer, its
 * licences and its account in one transaction, or nothing at all. A decision locks the producer
 * row, so two staff deciding at once cannot both succeed. Fires {@link BusinessRegistered} and
 * {@link BusinessDecided} for whoever wants to tell people (notifications).
 */
@ApplicationScoped
@Transactional
public class BusinessOnboarding {

    public static final int REASON_MAX = 1000;
    private static final int SLUG_BASE_MAX = 150;

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    AccountService accounts;
    @Inject
    Clock clock;
    @Inject
    Event<BusinessRegistered> registered;
    @Inject
    Event<BusinessDecided> decided;

    public BusinessOnboarding() {
    }

    public BusinessOnboarding(EntityManager em, AccountService accounts, Clock clock,
                              Event<BusinessRegistered> registered, Event<BusinessDecided> decided) {
        this.em = em;
        this.accounts = accounts;
        this.clock = clock;
        this.registered = registered;
        this.decided = decided;
    }

    /** Registers a business as PENDING with its BUSINESS login; refuses the whole of it on any problem. */
    public RegisteredBusiness register(BusinessApplication application) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        RegistrationCheck check = new RegistrationCheck(today);
        RegistrationCheck.Registration r = check.check(application);
        List<FieldError> errors = new ArrayList<>(check.errors());
        AdminUnit commune = commune(r.province(), r.commune(), today, errors);
        if (r.registrationNumber() != null && producerWithNumber(r.registrationNumber()).isPresent()) {
            errors.add(FieldError.of("registrationNumber", "registrationNumber.taken"));
        }
        if (r.accountEmail() != null && accounts.exists(r.accountEmail())) {
            errors.add(FieldError.of("accountEmail", "accountEmail.taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidBusinessInput(errors);
        }

        Producer producer = new Producer(freeSlug(r.name()), r.name(), r.kind(), r.registrationNumber(),
                r.legalRepresentative(), commune, now);
        producer.contact(r.street(), r.phone(), r.email(), null);
        for (RegistrationCheck.Licence l : r.licences()) {
            producer.addLicence(l.kind(), l.number(), l.issuedOn(), l.issuer(), l.validUntil());
        }
        em.persist(producer);
        // the account refers to the producer by a plain id column, so the producer row goes first
        flushOrExplainClash();
        accounts.create(r.accountEmail(), r.displayName(), r.password(), Role.BUSINESS, producer.getId());
        flushOrExplainClash();

        registered.fire(new BusinessRegistered(producer.getId(), producer.getName(), producer.getKind(),
                r.accountEmail(), r.displayName(), now));
        return new RegisteredBusiness(producer.getId(), producer.getSlug(), r.accountEmail(), producer.getStatus());
    }

    /** Staff confirm the business is who it says it is; from now on it may submit listings. */
    public BusinessDecided verify(long producerId, String staffEmail) {
        Producer producer = pending(producerId);
        Account staff = staff(staffEmail);
        producer.verify(staff.getId(), clock.instant());
        return announce(producer, staff);
    }

    /** Staff refuse the registration; the business sees the reason (required, at most 1000 characters). */
    public BusinessDecided reject(long producerId, String staffEmail, String reason) {
        Producer producer = pending(producerId);
        String cleaned = reason == null ? "" : VietnameseText.nfc(reason.strip());
        if (cleaned.isEmpty()) {
            throw new InvalidBusinessInput(List.of(FieldError.of("reason", "reason.required")));
        }
        if (cleaned.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidBusinessInput(List.of(FieldError.of("reason", "text.control")));
        }
        if (cleaned.codePointCount(0, cleaned.length()) > REASON_MAX) {
            throw new InvalidBusinessInput(List.of(new FieldError("reason", "tooLong", REASON_MAX)));
        }
        Account staff = staff(staffEmail);
        producer.reject(staff.getId(), clock.instant(), cleaned);
        return announce(producer, staff);
    }

    /** The staff queue: pending registrations, the longest-waiting first. */
    public List<PendingBusiness> pending() {
        List<Producer> producers = em.createQuery("""
                        select p from Producer p join fetch p.commune where p.status = :pending
                        order by p.submittedAt, p.id""", Producer.class)
                .setParameter("pending", ProducerStatus.PENDING)
                .getResultList();
        Map<Long, List<String>> logins = loginsOf(producers.stream().map(Producer::getId).toList());
        return producers.stream().map(p -> new PendingBusiness(p.getId(), p.getName(), p.getKind(),
                        p.getRegistrationNumber(), p.getLegalRepresentative(), p.getStreet(), p.getCommune().getName(),
                        p.getCommune().province().getName(), p.getPhone(), p.getEmail(),
                        logins.getOrDefault(p.getId(), List.of()), p.getSubmittedAt(),
                        p.getLicences().stream().map(BusinessOnboarding::licence).toList()))
                .toList();
    }

    public long pendingCount() {
        return em.createQuery("select count(p) from Producer p where p.status = :pending", Long.class)
                .setParameter("pending", ProducerStatus.PENDING).getSingleResult();
    }

    /** The latest decisions taken on the platform, newest first. */
    public List<DecidedBusiness> recentlyDecided(int max) {
        return em.createQuery("""
                        select p, a.displayName from Producer p, Account a where a.id = p.decidedBy
                        order by p.decidedAt desc, p.id desc""", Object[].class)
                .setMaxResults(max)
                .getResultStream()
                .map(row -> decision((Producer) row[0], (String) row[1]))
                .toList();
    }

    /** The decision on one business, if one was taken on the platform. */
    public Optional<DecidedBusiness> decision(long producerId) {
        return em.createQuery("select p, a.displayName from Producer p, Account a where p.id = :id and a.id = p.decidedBy",
                        Object[].class)
                .setParameter("id", producerId)
                .getResultStream()
                .findFirst()
                .map(row -> decision((Producer) row[0], (String) row[1]));
    }

    /** Where a business stands, for its own seller area. */
    public Optional<BusinessStanding> standing(long producerId) {
        return Optional.ofNullable(em.find(Producer.class, producerId))
                .map(p -> new BusinessStanding(p.getName(), p.getStatus(), p.getRejectionReason(), p.getSubmittedAt(),
                        p.getDecidedAt(), p.canSubmitListings()));
    }

    private AdminUnit commune(String provinceCode, String communeCode, LocalDate today, List<FieldError> errors) {
        AdminUnit province = provinceCode == null ? null : em.find(AdminUnit.class, provinceCode);
        boolean provinceOk = province != null && province.getLevel() == AdminLevel.PROVINCE
                && AdminUnitDirectory.isCurrent(province, today);
        if (provinceCode != null && !provinceOk) {
            errors.add(FieldError.of("province", "province.unknown"));
        }
        if (communeCode == null) {
            return null;
        }
        AdminUnit commune = em.find(AdminUnit.class, communeCode);
        if (commune == null || (commune.getLevel() != AdminLevel.COMMUNE && commune.getLevel() != AdminLevel.WARD)) {
            errors.add(FieldError.of("commune", "commune.unknown"));
            return null;
        }
        if (!AdminUnitDirectory.isCurrent(commune, today)) {
            errors.add(FieldError.of("commune", "commune.notCurrent"));
            return null;
        }
        if (provinceOk && (commune.getParent() == null || !commune.getParent().getCode().equals(province.getCode()))) {
            errors.add(FieldError.of("commune", "commune.notInProvince"));
            return null;
        }
        return commune;
    }

    private Optional<Producer> producerWithNumber(String number) {
        return em.createQuery("select p from Producer p where p.registrationNumber = :number", Producer.class)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    private String freeSlug(String name) {
        String base = VietnameseText.slug(name);
        if (base.length() > SLUG_BASE_MAX) {
            base = base.substring(0, SLUG_BASE_MAX).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "nha-san-xuat";
        }
        String slug = base;
        for (int n = 2; slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean slugTaken(String slug) {
        return em.createQuery("select count(p) from Producer p where p.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0;
    }

    /**
     * The checks above ran before the insert; a registration racing this one with the same tax
     * code or email is stopped by the unique constraints, and reported the same way.
     */
    private void flushOrExplainClash() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            String message = String.valueOf(rootMessage(e)).toLowerCase(Locale.ROOT);
            if (message.contains("account_email_uk")) {
                throw new InvalidBusinessInput(List.of(FieldError.of("accountEmail", "accountEmail.taken")));
            }
            if (message.contains("producer_registration_number_uk")) {
                throw new InvalidBusinessInput(List.of(FieldError.of("registrationNumber", "registrationNumber.taken")));
            }
            throw e;
        }
    }

    private static String rootMessage(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    /** The producer, locked for this transaction, if it still awaits a decision. */
    private Producer pending(long producerId) {
        Producer producer = em.find(Producer.class, producerId, LockModeType.PESSIMISTIC_WRITE);
        if (producer == null) {
            throw new UnknownBusiness(producerId);
        }
        if (!producer.isPending()) {
            String by = producer.getDecidedBy() == null ? null
                    : Optional.ofNullable(em.find(Account.class, producer.getDecidedBy())).map(Account::getDisplayName).orElse(null);
            throw new BusinessAlreadyDecided(producer.getName(), producer.getStatus(), producer.getDecidedAt(), by);
        }
        return producer;
    }

    private Account staff(String email) {
        Account staff = em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normalise(email))
                .getResultStream().findFirst()
                .orElseThrow(() -> new SecurityException("No account " + email));
        if (staff.getRole() != Role.STAFF && staff.getRole() != Role.ADMIN) {
            throw new SecurityException("Only department staff decide on business registrations");
        }
        return staff;
    }

    private BusinessDecided announce(Producer producer, Account staff) {
        BusinessDecided decision = new BusinessDecided(producer.getId(), producer.getName(), producer.getStatus(),
                producer.getRejectionReason(), loginsOf(List.of(producer.getId())).getOrDefault(producer.getId(), List.of()),
                staff.getDisplayName(), producer.getDecidedAt());
        decided.fire(decision);
        return decision;
    }

    private Map<Long, List<String>> loginsOf(Collection<Long> producerIds) {
        if (producerIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Account a where a.producerId in :ids order by a.email", Account.class)
                .setParameter("ids", producerIds)
                .getResultStream()
                .collect(Collectors.groupingBy(Account::getProducerId,
                        Collectors.mapping(Account::getEmail, Collectors.toList())));
    }

    private static PendingBusiness.Licence licence(ProducerLicence l) {
        return new PendingBusiness.Licence(l.getKind(), l.getNumber(), l.getIssuedOn(), l.getIssuer(), l.getValidUntil());
    }

    private static DecidedBusiness decision(Producer p, String decidedBy) {
        return new DecidedBusiness(p.getId(), p.getName(), p.getStatus(), p.getRejectionReason(), decidedBy, p.getDecidedAt());
    }
}
