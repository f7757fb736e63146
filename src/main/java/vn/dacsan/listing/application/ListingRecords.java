package vn.dacsan.listing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.domain.Account;
import vn.dacsan.catalog.domain.AdminLevel;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.OcopCertificate;
import vn.dacsan.catalog.domain.OcopGroup;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.catalog.domain.ProductImage;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.listing.domain.ListingAction;
import vn.dacsan.listing.domain.ListingContent;
import vn.dacsan.listing.domain.ListingEvent;
import vn.dacsan.listing.domain.ListingRevision;
import vn.dacsan.listing.domain.RevisionState;

/**
 * Loading and writing what the seller portal and the review desk share: products with their
 * owner checked, revisions, the append-only log, and the places and groups a listing names.
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ListingRecords {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;

    public ListingRecords() {
    }

    public ListingRecords(EntityManager em) {
        this.em = em;
    }

    /** The product, if it belongs to the seller's business; 404 when there is none, 403 when it is another's. */
    Product ownedProduct(AccountProfile seller, long productId, boolean lock) {
        Product product = lock ? em.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE) : em.find(Product.class, productId);
        if (product == null) {
            throw new ListingNotFoundException("No listing " + productId);
        }
        if (!seller.isBusiness() || !product.getProducer().getId().equals(seller.producerId())) {
            throw new NotYoursException();
        }
        return product;
    }

    Product product(long productId, boolean lock) {
        Product product = lock ? em.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE) : em.find(Product.class, productId);
        if (product == null) {
            throw new ListingNotFoundException("No listing " + productId);
        }
        return product;
    }

    ListingRevision revision(long revisionId, boolean lock) {
        ListingRevision revision = lock
                ? em.find(ListingRevision.class, revisionId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ListingRevision.class, revisionId);
        if (revision == null) {
            throw new ListingNotFoundException("No submission " + revisionId);
        }
        return revision;
    }

    List<ListingRevision> revisions(long productId) {
        return em.createQuery("select r from ListingRevision r where r.productId = :product order by r.number", ListingRevision.class)
                .setParameter("product", productId)
                .getResultList();
    }

    /** The revision still in the business's hands or the department's, if any (at most one). */
    Optional<ListingRevision> openRevision(long productId) {
        return em.createQuery("select r from ListingRevision r where r.productId = :product and r.state in :open", ListingRevision.class)
                .setParameter("product", productId)
                .setParameter("open", List.of(RevisionState.DRAFT, RevisionState.SUBMITTED))
                .getResultStream().findFirst();
    }

    Optional<ListingRevision> latestRevision(long productId) {
        return em.createQuery("select r from ListingRevision r where r.productId = :product order by r.number desc", ListingRevision.class)
                .setParameter("product", productId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    int nextRevisionNumber(long productId) {
        Integer last = em.createQuery("select max(r.number) from ListingRevision r where r.productId = :product", Integer.class)
                .setParameter("product", productId)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    boolean wasEverApproved(long productId) {
        return em.createQuery("select count(r) from ListingRevision r where r.productId = :product and r.state = :approved", Long.class)
                .setParameter("product", productId)
                .setParameter("approved", RevisionState.APPROVED)
                .getSingleResult() > 0;
    }

    /** A listing shoppers have never seen: never approved and not live, withdrawn or suspended. Its product row may follow the drafts. */
    boolean neverShown(Product product) {
        ProductStatus status = product.getStatus();
        return (status == ProductStatus.DRAFT || status == ProductStatus.SUBMITTED || status == ProductStatus.REJECTED)
                && !wasEverApproved(product.getId());
    }

    void log(Product product, ListingRevision revision, ListingAction action, AccountProfile actor, Instant at, String reason) {
        em.persist(new ListingEvent(product.getId(), product.getProducer().getId(), revision, action,
                actor.id(), actor.displayName(), actor.role().name(), at, reason));
    }

    public List<ListingEvent> history(long productId) {
        return em.createQuery("select e from ListingEvent e where e.productId = :product order by e.occurredAt, e.id", ListingEvent.class)
                .setParameter("product", productId)
                .getResultList();
    }

    Map<Long, String> accountNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }

    /** The content shoppers see now, in the form a revision proposes changes to. */
    static ListingContent liveContent(Product product) {
        ListingContent.CertificateDetails certificate = product.currentCertificate()
                .map(c -> new ListingContent.CertificateDetails(c.getStars(), c.getDecisionNumber(), c.getDecisionDate(),
                        c.getIssuer(), c.getScanKey().orElse(null)))
                .orElse(null);
        return new ListingContent(product.getName(), product.getDescription(), product.getUnit(), product.getGroup().getCode(),
                product.getOrigin().getCode(), certificate, product.getImages().stream().map(ProductImage::getStorageKey).toList());
    }

    /** Checks the group, the place and the pictures a listing names; throws with every problem found. */
    void checkReferences(ListingContent content, Product existing, long producerId, Locale locale) {
        ListingRules.Errors errors = ListingRules.on(locale);
        OcopGroup group = em.find(OcopGroup.class, content.getGroupCode());
        if (group == null || !currentTaxonomy(group)) {
            errors.add("groupCode", "unknown-group");
        }
        AdminUnit origin = em.find(AdminUnit.class, content.getOriginCode());
        if (origin == null || origin.getValidTo() != null
                || (origin.getLevel() != AdminLevel.COMMUNE && origin.getLevel() != AdminLevel.WARD)) {
            errors.add("originCode", "unknown-place");
        }
        List<String> known = existing == null ? List.of() : existing.getImages().stream().map(ProductImage::getStorageKey).toList();
        for (String key : content.getImages()) {
            if (!known.contains(key) && !key.startsWith(UploadKeys.prefix(producerId))) {
                errors.add("images", "image-not-yours");
                break;
            }
        }
        String scan = content.getCertificate() == null ? null : content.getCertificate().scanKey();
        String knownScan = existing == null ? null : existing.currentCertificate().flatMap(OcopCertificate::getScanKey).orElse(null);
        if (scan != null && !scan.equals(knownScan) && !scan.startsWith(UploadKeys.prefix(producerId))) {
            errors.add("certificate.scanKey", "image-not-yours");
        }
        errors.throwIfAny();
    }

    private boolean currentTaxonomy(OcopGroup group) {
        Object current = em.createNativeQuery("select code from ocop_taxonomy where is_current = true").getSingleResult();
        return group.getTaxonomy().equals(current);
    }

    OcopGroup group(String code) {
        return em.find(OcopGroup.class, code);
    }

    AdminUnit place(String code) {
        return em.find(AdminUnit.class, code);
    }

    EntityManager em() {
        return em;
    }
}
