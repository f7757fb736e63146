package vn.dacsan.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.catalog.application.ProductCard;
import vn.dacsan.catalog.domain.OcopCertificate;
import vn.dacsan.catalog.domain.Producer;
import vn.dacsan.catalog.domain.ProducerStatus;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.media.MediaUrls;
import vn.dacsan.news.domain.Article;
import vn.dacsan.news.domain.ArticleState;
import vn.dacsan.news.domain.NewsEvent;

/** Read side of the news for public pages, the feed and the API: published articles and events only. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NewsReader {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dacsan.news.page-size", defaultValue = "10")
    int pageSize;

    public NewsReader() {
    }

    public NewsReader(EntityManager em, Clock clock, int pageSize) {
        this.em = em;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    /** Published articles, newest first, optionally with one tag; a page past the end is empty. */
    public NewsPage page(String tag, int page) {
        String wanted = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        int number = Math.max(1, page);
        String where = " from Article a where a.state = :published" + (wanted == null ? "" : " and :tag member of a.tags");
        TypedQuery<Long> count = em.createQuery("select count(a)" + where, Long.class)
                .setParameter("published", ArticleState.PUBLISHED);
        TypedQuery<Article> items = em.createQuery("select a" + where + " order by a.publishedAt desc, a.id desc", Article.class)
                .setParameter("published", ArticleState.PUBLISHED);
        if (wanted != null) {
            count.setParameter("tag", wanted);
            items.setParameter("tag", wanted);
        }
        List<ArticleSummary> found = items.setFirstResult((number - 1) * pageSize).setMaxResults(pageSize)
                .getResultStream().map(NewsReader::summary).toList();
        return new NewsPage(found, count.getSingleResult(), number, pageSize, wanted);
    }

    /** Tags of published articles, most used first. */
    public List<String> tags() {
        return em.createQuery("select t, count(a) from Article a join a.tags t where a.state = :published"
                        + " group by t order by count(a) desc, t", Object[].class)
                .setParameter("published", ArticleState.PUBLISHED)
                .setMaxResults(30)
                .getResultStream().map(row -> (String) row[0]).toList();
    }

    public Optional<ArticleDetails> article(String slug) {
        return em.createQuery("select a from Article a where a.slug = :slug and a.state = :published", Article.class)
                .setParameter("slug", slug)
                .setParameter("published", ArticleState.PUBLISHED)
                .getResultStream().findFirst().map(this::details);
    }

    /** Newest published articles, for the Atom feed. */
    public List<ArticleSummary> latest(int limit) {
        return em.createQuery("select a from Article a where a.state = :published order by a.publishedAt desc, a.id desc", Article.class)
                .setParameter("published", ArticleState.PUBLISHED)
                .setMaxResults(limit)
                .getResultStream().map(NewsReader::summary).toList();
    }

    /** Published articles that link this product, newest first. */
    public List<ArticleSummary> aboutProduct(long productId) {
        return em.createQuery("select a from Article a where a.state = :published and :id member of a.productIds"
                        + " order by a.publishedAt desc", Article.class)
                .setParameter("published", ArticleState.PUBLISHED)
                .setParameter("id", productId)
                .setMaxResults(5)
                .getResultStream().map(NewsReader::summary).toList();
    }

    /** Published articles that link this producer, newest first. */
    public List<ArticleSummary> aboutProducer(long producerId) {
        return em.createQuery("select a from Article a where a.state = :published and :id member of a.producerIds"
                        + " order by a.publishedAt desc", Article.class)
                .setParameter("published", ArticleState.PUBLISHED)
                .setParameter("id", producerId)
                .setMaxResults(5)
                .getResultStream().map(NewsReader::summary).toList();
    }

    /** Events running on at least one day of [from, to], by start date; cancelled ones are left out. */
    public List<EventView> events(LocalDate from, LocalDate to) {
        return em.createQuery("select e from NewsEvent e where e.endsOn >= :from and e.startsOn <= :to"
                        + " and e.cancelledAt is null order by e.startsOn, e.id", NewsEvent.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream().map(NewsReader::event).toList();
    }

    /** Events not yet over and not cancelled, soonest first. */
    public List<EventView> upcoming(int limit) {
        return em.createQuery("select e from NewsEvent e where e.endsOn >= :today and e.cancelledAt is null"
                        + " order by e.startsOn, e.id", NewsEvent.class)
                .setParameter("today", LocalDate.now(clock))
                .setMaxResults(limit)
                .getResultStream().map(NewsReader::event).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Slugs and last changes of published articles, for sitemap.xml. */
    public List<ArticleSummary> sitemap() {
        return em.createQuery("select a from Article a where a.state = :published order by a.id", Article.class)
                .setParameter("published", ArticleState.PUBLISHED)
                .getResultStream().map(NewsReader::summary).toList();
    }

    private ArticleDetails details(Article a) {
        return new ArticleDetails(a.getId(), a.getSlug(), a.getTitle(), a.getSummary(), a.getBody(),
                a.getCoverKey().map(MediaUrls::of).orElse(null), List.copyOf(a.getTags()),
                a.getPublishedAt().orElse(null), a.getUpdatedAt(), liveProducts(a.getProductIds()),
                verifiedProducers(a.getProducerIds()), linkedEvents(a.getEventIds()));
    }

    private List<ProductCard> liveProducts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select p from Product p where p.id in :ids and p.status = :live order by p.name", Product.class)
                .setParameter("ids", ids)
                .setParameter("live", ProductStatus.LIVE)
                .getResultStream()
                .map(p -> new ProductCard(p.getId(), p.getSlug(), p.getName(), p.getPriceVnd(), p.getUnit(),
                        p.badgeOn(today).map(OcopCertificate::getStars).orElse(null),
                        p.getImages().isEmpty() ? null : MediaUrls.of(p.getImages().get(0).getStorageKey())))
                .toList();
    }

    private List<ArticleDetails.ProducerLink> verifiedProducers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Producer p where p.id in :ids and p.status = :verified order by p.name", Producer.class)
                .setParameter("ids", ids)
                .setParameter("verified", ProducerStatus.VERIFIED)
                .getResultStream()
                .map(p -> new ArticleDetails.ProducerLink(p.getId(), p.getSlug(), p.getName()))
                .toList();
    }

    private List<EventView> linkedEvents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from NewsEvent e where e.id in :ids order by e.startsOn", NewsEvent.class)
                .setParameter("ids", ids)
                .getResultStream().map(NewsReader::event).toList();
    }

    static ArticleSummary summary(Article a) {
        return new ArticleSummary(a.getId(), a.getSlug(), a.getTitle(), a.getSummary(),
                a.getCoverKey().map(MediaUrls::of).orElse(null), List.copyOf(a.getTags()),
                a.getPublishedAt().orElse(null), a.getUpdatedAt());
    }

    static EventView event(NewsEvent e) {
        String place = Stream.of(e.getVenue(),
                        e.getCommune() == null ? null : e.getCommune().getName(),
                        e.getProvince() == null ? null : e.getProvince().getName())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        return new EventView(e.getId(), e.getSlug(), e.getTitle(), e.getDescription(), e.getStartsOn(), e.getEndsOn(),
                e.getVenue(), e.getCommune() == null ? null : e.getCommune().getCode(),
                e.getProvince() == null ? null : e.getProvince().getCode(), place, e.isCancelled());
    }
}
