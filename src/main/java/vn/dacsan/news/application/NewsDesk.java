package vn.dacsan.news.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.catalog.domain.ProducerStatus;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.news.domain.Article;
import vn.dacsan.news.domain.ArticleAudit;
import vn.dacsan.news.domain.ArticleState;
import vn.dacsan.news.domain.AuditAction;
import vn.dacsan.search.application.SearchOutbox;

/**
 * The department's news desk: staff write, schedule, publish and archive articles; the schedule
 * publishes what is due. Every change is logged and sent to the news index in the same transaction.
 */
@ApplicationScoped
@Transactional
public class NewsDesk {

    /** The name the log shows for what the publishing schedule did. */
    public static final String SCHEDULE_ACTOR = "Lịch đăng bài";

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    SearchOutbox outbox;
    @Inject
    Clock clock;

    public NewsDesk() {
    }

    public NewsDesk(EntityManager em, SearchOutbox outbox, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
    }

    public long create(AccountProfile staff, ArticleDraft draft, Locale locale) {
        NewsRules.Checked checked = checked(draft, null, locale);
        Instant now = clock.instant();
        Article article = new Article(checked.content(), now);
        em.persist(article);
        em.flush();
        log(article, AuditAction.CREATED, staff, now, article.getTitle());
        outbox.articleChanged(article.getId());
        return article.getId();
    }

    public void update(AccountProfile staff, long articleId, ArticleDraft draft, Locale locale) {
        Article article = article(articleId);
        NewsRules.Checked checked = checked(draft, article.getId(), locale);
        Instant now = clock.instant();
        article.revise(checked.content(), now);
        log(article, AuditAction.UPDATED, staff, now, article.getTitle());
        outbox.articleChanged(article.getId());
    }

    /** Publishes at {@code at}; a time not in the future is refused with a field error on "publishAt". */
    public void schedule(AccountProfile staff, long articleId, Instant at, Locale locale) {
        Article article = article(articleId);
        Instant now = clock.instant();
        if (at == null) {
            new NewsRules.Errors(locale).add("publishAt", "required").throwIfAny();
        }
        if (!at.isAfter(now)) {
            new NewsRules.Errors(locale).add("publishAt", "past").throwIfAny();
        }
        article.schedule(at, now);
        log(article, AuditAction.SCHEDULED, staff, now, at.toString());
        outbox.articleChanged(article.getId());
    }

    public void publish(AccountProfile staff, long articleId) {
        Article article = article(articleId);
        Instant now = clock.instant();
        article.publish(now);
        log(article, AuditAction.PUBLISHED, staff, now, null);
        outbox.articleChanged(article.getId());
    }

    public void archive(AccountProfile staff, long articleId) {
        Article article = article(articleId);
        Instant now = clock.instant();
        article.archive(now);
        log(article, AuditAction.ARCHIVED, staff, now, null);
        outbox.articleChanged(article.getId());
    }

    /** Publishes every scheduled article whose time has come; returns how many. */
    public int publishDue() {
        Instant now = clock.instant();
        List<Article> due = em.createQuery(
                        "select a from Article a where a.state = :scheduled and a.publishAt <= :now order by a.publishAt", Article.class)
                .setParameter("scheduled", ArticleState.SCHEDULED)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Article article : due) {
            article.publish(now);
            em.persist(new ArticleAudit(article.getId(), AuditAction.PUBLISHED, null, SCHEDULE_ACTOR, now, null));
            outbox.articleChanged(article.getId());
        }
        return due.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffArticle> list(AccountProfile staff) {
        return em.createQuery("select a from Article a order by a.updatedAt desc, a.id desc", Article.class)
                .setMaxResults(500)
                .getResultStream().map(a -> view(a, List.of())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffArticle details(AccountProfile staff, long articleId) {
        Article article = article(articleId);
        List<StaffArticle.LogLine> log = em.createQuery(
                        "select l from ArticleAudit l where l.articleId = :id order by l.occurredAt, l.id", ArticleAudit.class)
                .setParameter("id", articleId)
                .getResultStream()
                .map(l -> new StaffArticle.LogLine(l.getAction().name(), l.getActorName(), l.getOccurredAt(), l.getDetail()))
                .toList();
        return view(article, log);
    }

    private static StaffArticle view(Article a, List<StaffArticle.LogLine> log) {
        return new StaffArticle(a.getId(), a.getSlug(), a.getTitle(), a.getSummary(), a.getBody(), a.getCoverKey().orElse(null),
                List.copyOf(a.getTags()), a.getProductIds().stream().sorted().toList(),
                a.getProducerIds().stream().sorted().toList(), a.getEventIds().stream().sorted().toList(),
                a.getState().name(), a.getPublishAt().orElse(null), a.getPublishedAt().orElse(null), a.getUpdatedAt(), log);
    }

    private NewsRules.Checked checked(ArticleDraft draft, Long articleId, Locale locale) {
        NewsRules.Checked checked = NewsRules.check(draft, locale);
        NewsRules.Errors errors = checked.errors();
        var content = checked.content();
        if (!content.slug().isEmpty()) {
            List<Long> holders = em.createQuery("select a.id from Article a where a.slug = :slug", Long.class)
                    .setParameter("slug", content.slug())
                    .getResultList();
            if (holders.stream().anyMatch(id -> !id.equals(articleId))) {
                errors.add("slug", InvalidArticleException.SLUG_TAKEN, content.slug());
            }
        }
        if (!content.productIds().isEmpty()) {
            Set<Long> live = new HashSet<>(em.createQuery(
                            "select p.id from Product p where p.id in :ids and p.status = :live", Long.class)
                    .setParameter("ids", content.productIds())
                    .setParameter("live", ProductStatus.LIVE)
                    .getResultList());
            String missing = content.productIds().stream().filter(id -> !live.contains(id)).sorted()
                    .map(String::valueOf).collect(Collectors.joining(", "));
            if (!missing.isEmpty()) {
                errors.add("productIds", "product-not-live", missing);
            }
        }
        if (!content.producerIds().isEmpty()) {
            Set<Long> verified = new HashSet<>(em.createQuery(
                            "select p.id from Producer p where p.id in :ids and p.status = :verified", Long.class)
                    .setParameter("ids", content.producerIds())
                    .setParameter("verified", ProducerStatus.VERIFIED)
                    .getResultList());
            String missing = content.producerIds().stream().filter(id -> !verified.contains(id)).sorted()
                    .map(String::valueOf).collect(Collectors.joining(", "));
            if (!missing.isEmpty()) {
                errors.add("producerIds", "producer-unknown", missing);
            }
        }
        if (!content.eventIds().isEmpty()) {
            Set<Long> known = new HashSet<>(em.createQuery("select e.id from NewsEvent e where e.id in :ids", Long.class)
                    .setParameter("ids", content.eventIds())
                    .getResultList());
            String missing = content.eventIds().stream().filter(id -> !known.contains(id)).sorted()
                    .map(String::valueOf).collect(Collectors.joining(", "));
            if (!missing.isEmpty()) {
                errors.add("eventIds", "event-unknown", missing);
            }
        }
        errors.throwIfAny();
        return checked;
    }

    private Article article(long id) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            throw new ArticleNotFoundException("No article " + id);
        }
        return article;
    }

    private void log(Article article, AuditAction action, AccountProfile staff, Instant at, String detail) {
        em.persist(new ArticleAudit(article.getId(), action, staff.id(), staff.displayName(), at, detail));
    }
}
