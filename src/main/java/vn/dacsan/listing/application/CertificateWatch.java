package vn.dacsan.listing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import vn.dacsan.catalog.domain.CertificateState;
import vn.dacsan.catalog.domain.CertificateStatus;
import vn.dacsan.catalog.domain.OcopCertificate;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.listing.domain.ListingAction;
import vn.dacsan.listing.domain.ListingStateException;
import vn.dacsan.search.application.SearchOutbox;

/**
 * Watches OCOP certificates: once a day it notes which ones entered their last 30 days or
 * expired, re-indexes their products (so the star badge and facet follow at once) and tells
 * the businesses. Staff revoke a certificate citing the authority's decision.
 */
@ApplicationScoped
@Transactional
public class CertificateWatch {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    SearchOutbox outbox;
    @Inject
    ReviewSettings settings;
    @Inject
    Clock clock;
    @Inject
    Event<CertificateNews> news;
    @Inject
    ListingRecords records;

    public CertificateWatch() {
    }

    public CertificateWatch(EntityManager em, SearchOutbox outbox, ReviewSettings settings, Clock clock,
                            Event<CertificateNews> news, ListingRecords records) {
        this.em = em;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.news = news;
        this.records = records;
    }

    /** One daily pass; returns how many certificates changed state. */
    public int run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), settings.zone());
        List<OcopCertificate> candidates = em.createQuery("select c from OcopCertificate c join fetch c.product p"
                        + " where c.status = :valid and (c.validUntil <= :soon or c.decisionDate > :today)"
                        + " and (c.watchedState is null or c.watchedState <> :expired)", OcopCertificate.class)
                .setParameter("valid", CertificateStatus.VALID)
                .setParameter("soon", today.plusDays(OcopCertificate.EXPIRY_NOTICE_DAYS))
                .setParameter("today", today)
                .setParameter("expired", CertificateState.EXPIRED)
                .getResultList();
        int changed = 0;
        for (OcopCertificate certificate : candidates) {
            if (certificate.watch(today)) {
                changed++;
                Product product = certificate.getProduct();
                outbox.productChanged(product.getId());
                CertificateState state = certificate.stateOn(today);
                if (state == CertificateState.EXPIRING || state == CertificateState.EXPIRED) {
                    news.fire(new CertificateNews(state, certificate.getId(), product.getId(), product.getName(),
                            product.getProducer().getId(), certificate.getStars(), certificate.getValidUntil(), null));
                }
            }
        }
        return changed;
    }

    /** Revokes a product's current certificate; its badge leaves search with the next index update. */
    public void revoke(AccountProfile staff, long certificateId, String decisionReference, String reason, Locale locale) {
        if (staff == null || !staff.isStaff()) {
            throw new NotYoursException();
        }
        ListingRules.Errors errors = ListingRules.on(locale);
        String reference = decisionReference == null ? "" : decisionReference.strip();
        if (reference.isEmpty()) {
            errors.add("decisionReference", "required");
        } else if (reference.length() > 100) {
            errors.add("decisionReference", "too-long", 100);
        }
        errors.throwIfAny();
        String why = ListingRules.reason(reason, true, locale);
        OcopCertificate certificate = em.find(OcopCertificate.class, certificateId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (certificate == null) {
            throw new ListingNotFoundException("No certificate " + certificateId);
        }
        if (certificate.getStatus() != CertificateStatus.VALID) {
            throw new ListingStateException("certificate-" + certificate.getStatus().name().toLowerCase(Locale.ROOT),
                    "Only a valid certificate can be revoked; this one is " + certificate.getStatus().name().toLowerCase(Locale.ROOT));
        }
        certificate.revoke(reference, why);
        Product product = certificate.getProduct();
        outbox.productChanged(product.getId());
        Instant now = clock.instant();
        records.log(product, null, ListingAction.CERTIFICATE_REVOKED, staff, now, reference + " — " + why);
        news.fire(new CertificateNews(CertificateState.REVOKED, certificate.getId(), product.getId(), product.getName(),
                product.getProducer().getId(), certificate.getStars(), certificate.getValidUntil(), reference + " — " + why));
    }
}
