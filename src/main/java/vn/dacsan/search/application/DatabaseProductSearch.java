package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.dacsan.catalog.domain.CertificateStatus;
import vn.dacsan.catalog.domain.OcopCertificate;
import vn.dacsan.catalog.domain.ProducerKind;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.platform.text.VietnameseText;
import vn.dacsan.search.application.SearchResult.ProducerRef;
import vn.dacsan.search.application.SearchResult.ProductHit;

/**
 * The storefront search when Solr is down: live products straight from the database. Simpler
 * than Solr (every word must appear in the product's or the producer's address, which is the
 * name folded to ASCII when it was created, so "keo dua" still finds "Kẹo dừa"; no ranking, no
 * facet counts, no "did you mean"), but every filter, sort and page still applies.
 */
@ApplicationScoped
public class DatabaseProductSearch {

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final int MAX_WORDS = 8;

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Clock clock;

    public DatabaseProductSearch() {
    }

    DatabaseProductSearch(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SearchResult search(SearchRequest request) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" from Product p join p.producer pr join p.group g left join g.parent gp"
                + " join p.origin o left join o.parent op where p.status = :live");
        parameters.put("live", ProductStatus.LIVE);
        List<String> words = words(request.text());
        for (int i = 0; i < words.size(); i++) {
            // slugs are the folded names with hyphens: "keo-dua-sap" holds "keo" and "dua"
            where.append(" and concat('-', p.slug, '-', pr.slug, '-') like :w").append(i);
            parameters.put("w" + i, "%-" + words.get(i) + "%");
        }
        if (request.group() != null) {
            where.append(" and (g.slug = :group or gp.slug = :group)");
            parameters.put("group", request.group());
        }
        if (request.province() != null) {
            where.append(" and (o.code = :province or op.code = :province)");
            parameters.put("province", request.province());
        }
        if (request.commune() != null) {
            where.append(" and o.code = :commune");
            parameters.put("commune", request.commune());
        }
        if (request.kind() != null) {
            where.append(" and pr.kind = :kind");
            parameters.put("kind", ProducerKind.valueOf(request.kind()));
        }
        if (request.minPrice() != null) {
            where.append(" and p.priceVnd >= :minPrice");
            parameters.put("minPrice", request.minPrice());
        }
        if (request.maxPrice() != null) {
            where.append(" and p.priceVnd <= :maxPrice");
            parameters.put("maxPrice", request.maxPrice());
        }
        if (request.stars() != null) {
            where.append(" and exists (select c from OcopCertificate c where c.product = p and c.stars = :stars"
                    + " and c.status = :valid and c.decisionDate <= :today and c.validUntil >= :today)");
            parameters.put("stars", request.stars());
            parameters.put("valid", CertificateStatus.VALID);
            parameters.put("today", today);
        }
        TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
        TypedQuery<Product> page = em.createQuery("select p" + where + order(request.sort()), Product.class)
                // a page's relations in a few IN queries rather than several per product (EclipseLink hints)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.images")
                .setHint("eclipselink.batch", "p.certificates")
                .setHint("eclipselink.batch", "p.producer")
                .setHint("eclipselink.batch", "p.origin");
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<ProductHit> items = new ArrayList<>();
        for (Product product : page.setFirstResult(request.start()).setMaxResults(request.size()).getResultList()) {
            items.add(hit(product, today));
        }
        return SearchResult.fromDatabase(total, request.page(), request.size(), items);
    }

    /** The folded words of the search text, as they appear in slugs. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        var matcher = WORD.matcher(VietnameseText.fold(text));
        while (matcher.find() && words.size() < MAX_WORDS) {
            words.add(matcher.group());
        }
        return words;
    }

    private static String order(SearchSort sort) {
        return switch (sort) {
            case PRICE_ASC -> " order by p.priceVnd asc, p.id asc";
            case PRICE_DESC -> " order by p.priceVnd desc, p.id asc";
            case NEWEST -> " order by p.createdAt desc, p.id asc";
            case RELEVANCE -> " order by p.featured desc, p.createdAt desc, p.id asc";
        };
    }

    private static ProductHit hit(Product product, LocalDate today) {
        Integer stars = product.badgeOn(today).map(OcopCertificate::getStars).orElse(null);
        var producer = product.getProducer();
        return new ProductHit(product.getId(), product.getSlug(), VietnameseText.nfc(product.getName()),
                product.getPriceVnd(), product.getUnit(), stars,
                new ProducerRef(producer.getId(), producer.getSlug(), VietnameseText.nfc(producer.getName()),
                        producer.getKind().name()),
                product.getOrigin().province().getCode(), product.getOrigin().getCode(),
                product.getGroup().topLevel().getSlug(),
                product.getImages().isEmpty() ? null : product.getImages().get(0).getStorageKey(),
                product.getStock());
    }
}
