package vn.dacsan.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.OcopCertificate;
import vn.dacsan.catalog.domain.OcopGroup;
import vn.dacsan.catalog.domain.Producer;
import vn.dacsan.catalog.domain.ProducerStatus;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.media.MediaUrls;

/** Read side of the catalogue for public pages and the API: live products, verified producers. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProductCatalog {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Clock clock;

    public Optional<ProductDetails> liveProduct(String slug) {
        return em.createQuery("select p from Product p where p.slug = :slug and p.status = :live", Product.class)
                .setParameter("slug", slug)
                .setParameter("live", ProductStatus.LIVE)
                .getResultStream()
                .findFirst()
                .map(this::details);
    }

    public Optional<ProducerDetails> verifiedProducer(String slug) {
        return em.createQuery("select p from Producer p where p.slug = :slug and p.status = :verified", Producer.class)
                .setParameter("slug", slug)
                .setParameter("verified", ProducerStatus.VERIFIED)
                .getResultStream()
                .findFirst()
                .map(this::details);
    }

    /** Top-level groups of the taxonomy in force, in their official order. */
    public List<ProductDetails.GroupRef> currentGroups() {
        Object taxonomy = em.createNativeQuery("select code from ocop_taxonomy where is_current = true").getSingleResult();
        return em.createQuery("select g from OcopGroup g where g.taxonomy = :t and g.parent is null order by g.position",
                        OcopGroup.class)
                .setParameter("t", taxonomy)
                .getResultStream()
                .map(ProductCatalog::ref)
                .toList();
    }

    /** Slugs and last changes of everything public, for sitemap.xml. */
    public record SitemapEntry(String kind, String slug, Instant updatedAt) {
    }

    public List<SitemapEntry> sitemap() {
        List<SitemapEntry> products = em.createQuery(
                        "select p.slug, p.updatedAt from Product p where p.status = :live order by p.id", Object[].class)
                .setParameter("live", ProductStatus.LIVE)
                .getResultStream()
                .map(row -> new SitemapEntry("product", (String) row[0], (Instant) row[1]))
                .toList();
        List<SitemapEntry> producers = em.createQuery(
                        "select p.slug, p.createdAt from Producer p where p.status = :verified order by p.id", Object[].class)
                .setParameter("verified", ProducerStatus.VERIFIED)
                .getResultStream()
                .map(row -> new SitemapEntry("producer", (String) row[0], (Instant) row[1]))
                .toList();
        return java.util.stream.Stream.concat(products.stream(), producers.stream()).toList();
    }

    private ProductDetails details(Product p) {
        LocalDate today = LocalDate.now(clock);
        OcopGroup group = p.getGroup();
        ProductDetails.Certificate certificate = p.currentCertificate()
                .map(c -> certificate(c, today))
                .orElse(null);
        return new ProductDetails(p.getId(), p.getSlug(), p.getName(), p.getDescription(), p.getPriceVnd(),
                p.getUnit(), p.getStock(), ref(group.topLevel()), group.getParent() == null ? null : ref(group),
                place(p.getOrigin()),
                new ProductDetails.ProducerSummary(p.getProducer().getId(), p.getProducer().getSlug(),
                        p.getProducer().getName(), p.getProducer().getKind().name()),
                p.getImages().stream()
                        .map(i -> new ProductDetails.Image(MediaUrls.of(i.getStorageKey()), i.getAltText()))
                        .toList(),
                certificate, p.getUpdatedAt());
    }

    private static ProductDetails.Certificate certificate(OcopCertificate c, LocalDate today) {
        return new ProductDetails.Certificate(c.getStars(), c.getScore(), c.getDecisionNumber(), c.getDecisionDate(),
                c.getIssuer(), c.getValidUntil(), c.stateOn(today), ref(c.getGroup()));
    }

    private ProducerDetails details(Producer producer) {
        LocalDate today = LocalDate.now(clock);
        List<ProductCard> products = em.createQuery(
                        "select p from Product p where p.producer = :producer and p.status = :live order by p.name", Product.class)
                .setParameter("producer", producer)
                .setParameter("live", ProductStatus.LIVE)
                .getResultStream()
                .map(p -> new ProductCard(p.getId(), p.getSlug(), p.getName(), p.getPriceVnd(), p.getUnit(),
                        p.badgeOn(today).map(OcopCertificate::getStars).orElse(null),
                        p.getImages().isEmpty() ? null : MediaUrls.of(p.getImages().get(0).getStorageKey())))
                .toList();
        return new ProducerDetails(producer.getId(), producer.getSlug(), producer.getName(), producer.getKind().name(),
                producer.getRegistrationNumber(), producer.getLegalRepresentative(), producer.getStreet(),
                place(producer.getCommune()), producer.getPhone(), producer.getEmail(), producer.getDescription(),
                products);
    }

    private ProductDetails.Place place(AdminUnit commune) {
        AdminUnit province = commune.province();
        List<String> former = em.createQuery("select h from AdminUnit h where h.successor = :unit", AdminUnit.class)
                .setParameter("unit", commune)
                .getResultStream()
                .map(h -> h.getParent() == null ? h.getName() : h.getName() + ", " + h.getParent().getName())
                .toList();
        return new ProductDetails.Place(commune.getCode(), commune.getName(), province.getCode(), province.getName(), former);
    }

    private static ProductDetails.GroupRef ref(OcopGroup g) {
        return new ProductDetails.GroupRef(g.getCode(), g.getSlug(), g.getNameVi(), g.getNameEn());
    }
}
