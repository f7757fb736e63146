package vn.dacsan.listing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.catalog.domain.CertificateStatus;
import vn.dacsan.catalog.domain.OcopCertificate;
import vn.dacsan.catalog.domain.Producer;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.listing.domain.ListingAction;
import vn.dacsan.listing.domain.ListingContent;
import vn.dacsan.listing.domain.ListingRevision;
import vn.dacsan.listing.domain.ListingStateException;
import vn.dacsan.listing.domain.RevisionState;
import vn.dacsan.media.MediaTypes;
import vn.dacsan.search.application.SearchOutbox;

/**
 * The department's side of listings: the queue (oldest due first), claiming, approving and
 * rejecting submissions, and suspending or reinstating live listings. Each decision is taken
 * with the revision row locked, so two reviewers can never both decide one submission; each is
 * logged and announced in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ReviewDesk {

    @Inject
    ListingRecords records;
    @Inject
    SearchOutbox outbox;
    @Inject
    ReviewSettings settings;
    @Inject
    Clock clock;
    @Inject
    Event<ListingNews> news;

    public ReviewDesk() {
    }

    public ReviewDesk(ListingRecords records, SearchOutbox outbox, ReviewSettings settings, Clock clock, Event<ListingNews> news) {
        this.records = records;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.news = news;
    }

    /** Submissions in a state, oldest due first; decided ones newest first. At most {@code limit}. */
    public List<ReviewItem> queue(AccountProfile staff, RevisionState state, int limit) {
        requireStaff(staff);
        if (state == RevisionState.DRAFT || state == RevisionState.DISCARDED) {
            throw new IllegalArgumentException("The review queue holds submitted and decided revisions only");
        }
        String order = state == RevisionState.SUBMITTED ? "r.dueOn, r.submittedAt, r.id" : "r.decidedAt desc, r.id desc";
        List<ListingRevision> revisions = records.em().createQuery(
                        "select r from ListingRevision r where r.state = :state order by " + order, ListingRevision.class)
                .setParameter("state", state)
                .setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultList();
        return items(revisions);
    }

    public ReviewDetails details(AccountProfile staff, long revisionId) {
        requireStaff(staff);
        ListingRevision revision = records.revision(revisionId, false);
        Product product = records.product(revision.getProductId(), false);
        boolean liveExists = !records.neverShown(product);
        ListingContent live = liveExists ? ListingRecords.liveContent(product) : null;
        return new ReviewDetails(items(List.of(revision)).get(0), RevisionView.of(revision, live, today()), live, liveExists,
                product.getStatus().name(), product.getPriceVnd(), product.getStock(), product.getSlug(),
                records.history(product.getId()).stream().map(LogLine::of).toList(),
                product.currentCertificate().filter(c -> c.getStatus() == CertificateStatus.VALID).map(OcopCertificate::getId).orElse(null));
    }

    public void claim(AccountProfile staff, long revisionId) {
        requireStaff(staff);
        ListingRevision revision = records.revision(revisionId, true);
        revision.claim(staff.id(), clock.instant());
        records.log(records.product(revision.getProductId(), false), revision, ListingAction.CLAIMED, staff, clock.instant(), null);
    }

    public void release(AccountProfile staff, long revisionId) {
        requireStaff(staff);
        ListingRevision revision = records.revision(revisionId, true);
        revision.release(staff.id());
        records.log(records.product(revision.getProductId(), false), revision, ListingAction.RELEASED, staff, clock.instant(), null);
    }

    /** Approves a submission: its content replaces the live listing's, which (re)enters search. */
    public void approve(AccountProfile staff, long revisionId, String note, Locale locale) {
        requireStaff(staff);
        String why = ListingRules.reason(note, false, locale);
        ListingRevision revision = records.revision(revisionId, true);
        Product product = records.product(revision.getProductId(), true);
        Instant now = clock.instant();
        revision.approve(staff.id(), now, why);
        apply(revision.getContent(), product, now);
        if (product.getStatus() != ProductStatus.LIVE && product.getStatus() != ProductStatus.SUSPENDED) {
            product.publish(now);
        }
        outbox.productChanged(product.getId());
        records.log(product, revision, ListingAction.APPROVED, staff, now, why);
        announce(ListingAction.APPROVED, product, revision, why, staff);
    }

    /** Rejects a submission with a written reason; a live listing stays as it was. */
    public void reject(AccountProfile staff, long revisionId, String reason, Locale locale) {
        requireStaff(staff);
        String why = ListingRules.reason(reason, true, locale);
        ListingRevision revision = records.revision(revisionId, true);
        Product product = records.product(revision.getProductId(), true);
        Instant now = clock.instant();
        revision.reject(staff.id(), now, why);
        if (product.getStatus() == ProductStatus.SUBMITTED) {
            product.changeStatus(ProductStatus.REJECTED, now);
        }
        records.log(product, revision, ListingAction.REJECTED, staff, now, why);
        announce(ListingAction.REJECTED, product, revision, why, staff);
    }

    /** Takes a live listing off the marketplace for a stated reason. */
    public void suspend(AccountProfile staff, long productId, String reason, Locale locale) {
        requireStaff(staff);
        String why = ListingRules.reason(reason, true, locale);
        Product product = records.product(productId, true);
        if (!product.isLive()) {
            throw new ListingStateException("not-live", "Only a live listing can be suspended");
        }
        Instant now = clock.instant();
        product.changeStatus(ProductStatus.SUSPENDED, now);
        outbox.productChanged(productId);
        records.log(product, null, ListingAction.SUSPENDED, staff, now, why);
        announce(ListingAction.SUSPENDED, product, null, why, staff);
    }

    public void reinstate(AccountProfile staff, long productId, String reason, Locale locale) {
        requireStaff(staff);
        String why = ListingRules.reason(reason, true, locale);
        Product product = records.product(productId, true);
        if (product.getStatus() != ProductStatus.SUSPENDED) {
            throw new ListingStateException("not-suspended", "Only a suspended listing can be reinstated");
        }
        Instant now = clock.instant();
        product.changeStatus(ProductStatus.LIVE, now);
        outbox.productChanged(productId);
        records.log(product, null, ListingAction.REINSTATED, staff, now, why);
        announce(ListingAction.REINSTATED, product, null, why, staff);
    }

    private void apply(ListingContent content, Product product, Instant now) {
        product.revise(content.getName(), content.getDescription(), content.getUnit(), records.group(content.getGroupCode()),
                records.place(content.getOriginCode()), now);
        product.replaceImages(content.getImages(), MediaTypes::ofKey);
        ListingContent.CertificateDetails wanted = content.getCertificate();
        ListingContent.CertificateDetails current = ListingRecords.liveContent(product).getCertificate();
        if (wanted != null && !wanted.equals(current)) {
            product.certify(wanted.stars(), null, wanted.decisionNumber(), wanted.decisionDate(), wanted.issuer(),
                    records.group(content.getGroupCode())).attachScan(wanted.scanKey());
        }
    }

    private void announce(ListingAction action, Product product, ListingRevision revision, String reason, AccountProfile staff) {
        news.fire(new ListingNews(action, product.getId(), product.getName(), product.getProducer().getId(),
                revision == null ? null : revision.getId(), revision == null ? null : revision.getNumber(), reason,
                revision == null ? null : revision.getDueOn().orElse(null), staff.displayName()));
    }

    private List<ReviewItem> items(List<ListingRevision> revisions) {
        if (revisions.isEmpty()) {
            return List.of();
        }
        Set<Long> productIds = revisions.stream().map(ListingRevision::getProductId).collect(Collectors.toSet());
        Map<Long, Product> products = records.em().createQuery("select p from Product p join fetch p.producer where p.id in :ids", Product.class)
                .setParameter("ids", productIds)
                .getResultStream().collect(Collectors.toMap(Product::getId, Function.identity()));
        Set<Long> people = new HashSet<>();
        revisions.forEach(r -> {
            r.getClaimedBy().ifPresent(people::add);
            r.getDecidedBy().ifPresent(people::add);
        });
        Map<Long, String> names = records.accountNames(people);
        LocalDate today = today();
        return revisions.stream().map(r -> {
            Product product = products.get(r.getProductId());
            Producer producer = product.getProducer();
            return new ReviewItem(r.getId(), product.getId(), r.getContent().getName(), producer.getId(), producer.getName(),
                    r.getNumber(), r.isNewListing(), r.getState().name(), r.getSubmittedAt().orElse(null), r.getDueOn().orElse(null),
                    r.isOverdueOn(today), r.getClaimedBy().map(names::get).orElse(null), r.getClaimedBy().orElse(null), r.getDecidedAt().orElse(null),
                    r.getDecidedBy().map(names::get).orElse(null), r.getDecisionReason().orElse(null));
        }).toList();
    }

    private static void requireStaff(AccountProfile staff) {
        if (staff == null || !staff.isStaff()) {
            throw new NotYoursException();
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.zone());
    }
}
