package vn.dacsan.listing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.catalog.domain.Producer;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.listing.domain.ListingAction;
import vn.dacsan.listing.domain.ListingContent;
import vn.dacsan.listing.domain.ListingRevision;
import vn.dacsan.listing.domain.ListingStateException;
import vn.dacsan.listing.domain.RevisionState;
import vn.dacsan.platform.text.VietnameseText;
import vn.dacsan.search.application.SearchOutbox;

/**
 * A business's own listings. Price and stock change at once (and reach search through the
 * outbox); everything else is written into a draft revision that the department reviews, while
 * the approved version stays live. Every call checks that the listing is the caller's.
 */
@ApplicationScoped
@Transactional
public class SellerListings {

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

    public SellerListings() {
    }

    public SellerListings(ListingRecords records, SearchOutbox outbox, ReviewSettings settings, Clock clock, Event<ListingNews> news) {
        this.records = records;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.news = news;
    }

    public List<SellerListing> list(AccountProfile seller) {
        requireBusiness(seller);
        List<Product> products = records.em().createQuery(
                        "select p from Product p where p.producer.id = :producer order by p.updatedAt desc, p.id desc", Product.class)
                .setParameter("producer", seller.producerId())
                .getResultList();
        Map<Long, List<ListingRevision>> revisions = products.isEmpty() ? Map.of() : records.em().createQuery(
                        "select r from ListingRevision r where r.producerId = :producer order by r.number", ListingRevision.class)
                .setParameter("producer", seller.producerId())
                .getResultStream()
                .collect(Collectors.groupingBy(ListingRevision::getProductId));
        LocalDate today = today();
        return products.stream()
                .map(p -> SellerListing.of(p, revisions.getOrDefault(p.getId(), List.of()), today))
                .toList();
    }

    public SellerListingDetails get(AccountProfile seller, long productId) {
        Product product = records.ownedProduct(seller, productId, false);
        List<ListingRevision> revisions = records.revisions(productId);
        return SellerListingDetails.of(product, revisions, ListingRecords.liveContent(product), records.history(productId), today());
    }

    public long create(AccountProfile seller, ListingDraft draft, Locale locale) {
        Producer producer = verifiedProducer(seller);
        ListingRules.Checked checked = ListingRules.check(draft, today(), locale);
        records.checkReferences(checked.content(), null, producer.getId(), locale);
        ListingContent content = checked.content();
        Instant now = clock.instant();
        Product product = new Product(uniqueSlug(content.getName()), content.getName(), content.getDescription(),
                checked.priceVnd(), content.getUnit(), checked.stock(), records.group(content.getGroupCode()), producer,
                records.place(content.getOriginCode()), now);
        records.em().persist(product);
        records.em().flush();
        ListingRevision revision = new ListingRevision(product.getId(), producer.getId(), 1, content, seller.id(), now);
        records.em().persist(revision);
        records.em().flush();
        records.log(product, revision, ListingAction.CREATED, seller, now, null);
        return product.getId();
    }

    /**
     * Saves what the business typed. Price and stock apply at once; the rest goes into the open
     * draft (made when there is none). While a revision waits for review only price and stock
     * may change.
     */
    public SaveOutcome update(AccountProfile seller, long productId, ListingDraft draft, Locale locale) {
        Product product = records.ownedProduct(seller, productId, true);
        ListingRules.Checked checked = ListingRules.check(draft, today(), locale);
        records.checkReferences(checked.content(), product, seller.producerId(), locale);
        Instant now = clock.instant();
        boolean repriced = checked.priceVnd() != product.getPriceVnd();
        boolean restocked = checked.stock() != product.getStock();
        ListingRevision open = records.openRevision(productId).orElse(null);
        ListingContent base = open != null ? open.getContent() : currentProposal(product);
        boolean contentChanged = !checked.content().sameAs(base);
        if (contentChanged && open != null && open.getState() == RevisionState.SUBMITTED) {
            throw new ListingStateException("under-review",
                    "Revision " + open.getNumber() + " is waiting for review; until it is decided only price and stock can change");
        }
        if (repriced) {
            product.reprice(checked.priceVnd(), now);
            records.log(product, null, ListingAction.REPRICED, seller, now, null);
        }
        if (restocked) {
            product.restock(checked.stock(), now);
            records.log(product, null, ListingAction.RESTOCKED, seller, now, null);
        }
        if ((repriced || restocked) && product.isLive()) {
            outbox.productChanged(productId);
        }
        if (!contentChanged) {
            return new SaveOutcome(repriced || restocked, false, open == null ? null : open.getNumber());
        }
        if (open == null) {
            open = new ListingRevision(productId, seller.producerId(), records.nextRevisionNumber(productId), checked.content(), seller.id(), now);
            records.em().persist(open);
            records.em().flush();
            records.log(product, open, ListingAction.CREATED, seller, now, null);
        } else {
            open.edit(checked.content());
        }
        if (records.neverShown(product)) {
            ListingContent c = checked.content();
            product.revise(c.getName(), c.getDescription(), c.getUnit(), records.group(c.getGroupCode()), records.place(c.getOriginCode()), now);
        }
        return new SaveOutcome(repriced || restocked, true, open.getNumber());
    }

    /** What was saved: whether price or stock changed at once, and which draft now holds the rest. */
    public record SaveOutcome(boolean appliedAtOnce, boolean draftChanged, Integer draftNumber) {
    }

    /**
     * Sends the open draft for review, with a due date. A withdrawn or rejected listing with no
     * draft is sent again as it last stood.
     */
    public ListingRevision submit(AccountProfile seller, long productId) {
        Product product = records.ownedProduct(seller, productId, true);
        verifiedProducer(seller);
        Instant now = clock.instant();
        ListingRevision revision = records.openRevision(productId).orElse(null);
        if (revision == null) {
            if (product.getStatus() != ProductStatus.WITHDRAWN && product.getStatus() != ProductStatus.REJECTED) {
                throw new ListingStateException("nothing-to-submit", "There are no changes waiting to be submitted");
            }
            ListingContent last = records.latestRevision(productId).map(ListingRevision::getContent)
                    .orElseGet(() -> ListingRecords.liveContent(product));
            revision = new ListingRevision(productId, seller.producerId(), records.nextRevisionNumber(productId), last, seller.id(), now);
            records.em().persist(revision);
            records.em().flush();
        } else if (revision.getState() == RevisionState.SUBMITTED) {
            throw new ListingStateException("already-submitted", "Revision " + revision.getNumber() + " is already waiting for review");
        } else if (product.isLive() && revision.getContent().sameAs(ListingRecords.liveContent(product))) {
            throw new ListingStateException("no-changes", "The draft is the same as the live listing; there is nothing to review");
        }
        LocalDate due = settings.dueDate(today());
        revision.submit(now, due, records.neverShown(product));
        if (product.getStatus() == ProductStatus.DRAFT || product.getStatus() == ProductStatus.REJECTED
                || product.getStatus() == ProductStatus.WITHDRAWN) {
            product.changeStatus(ProductStatus.SUBMITTED, now);
        }
        records.log(product, revision, ListingAction.SUBMITTED, seller, now, null);
        news.fire(new ListingNews(ListingAction.SUBMITTED, productId, product.getName(), seller.producerId(), revision.getId(),
                revision.getNumber(), null, due, seller.displayName()));
        return revision;
    }

    /** Takes a live listing off the marketplace; it can be submitted again later. */
    public void withdraw(AccountProfile seller, long productId, String reason, Locale locale) {
        Product product = records.ownedProduct(seller, productId, true);
        String why = ListingRules.reason(reason, false, locale);
        if (!product.isLive()) {
            throw new ListingStateException("not-live", "Only a live listing can be withdrawn");
        }
        Instant now = clock.instant();
        product.changeStatus(ProductStatus.WITHDRAWN, now);
        outbox.productChanged(productId);
        records.log(product, null, ListingAction.WITHDRAWN, seller, now, why);
        news.fire(new ListingNews(ListingAction.WITHDRAWN, productId, product.getName(), seller.producerId(), null, null, why, null,
                seller.displayName()));
    }

    /** What a change is measured against when no draft is open: the live content, or the last proposal of a listing never shown. */
    private ListingContent currentProposal(Product product) {
        if (!records.neverShown(product)) {
            return ListingRecords.liveContent(product);
        }
        return records.latestRevision(product.getId()).map(ListingRevision::getContent)
                .orElseGet(() -> ListingRecords.liveContent(product));
    }

    private Producer verifiedProducer(AccountProfile seller) {
        requireBusiness(seller);
        Producer producer = records.em().find(Producer.class, seller.producerId());
        if (producer == null || !producer.canSubmitListings()) {
            throw new ListingStateException("business-not-verified",
                    "Your business has not been verified by the department yet, so it cannot submit listings");
        }
        return producer;
    }

    private static void requireBusiness(AccountProfile seller) {
        if (!seller.isBusiness()) {
            throw new NotYoursException();
        }
    }

    private String uniqueSlug(String name) {
        String base = VietnameseText.slug(name);
        if (base.isEmpty()) {
            base = "san-pham";
        }
        String slug = base;
        for (int n = 2; slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean slugTaken(String slug) {
        return records.em().createQuery("select count(p) from Product p where p.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.zone());
    }
}
