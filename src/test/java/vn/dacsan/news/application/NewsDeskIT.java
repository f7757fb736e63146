package vn.dacsan.news.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.Role;
import vn.dacsan.catalog.application.CatalogService;
import vn.dacsan.catalog.application.ProductCard;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.catalog.domain.ProductStatus;
import vn.dacsan.media.MediaStore;
import vn.dacsan.news.domain.Article;
import vn.dacsan.news.domain.ArticleAudit;
import vn.dacsan.news.domain.ArticleState;
import vn.dacsan.news.domain.ArticleStateException;
import vn.dacsan.news.domain.AuditAction;
import vn.dacsan.search.application.SearchOutbox;
import vn.dacsan.search.domain.SearchOutboxEntry;
import vn.dacsan.testing.MovableClock;
import vn.dacsan.testing.TestDatabase;

/** The news desk on a real database: rules, the publishing schedule on a moving clock, links, the audit log. */
class NewsDeskIT {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T01:00:00Z");

    private TestDatabase db;
    private MovableClock clock;
    private NewsDesk desk;
    private NewsReader reader;
    private CatalogService catalog;
    private AccountProfile editor;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDatabase();
        clock = new MovableClock(MONDAY_MORNING);
        SearchOutbox outbox = new SearchOutbox(db.em(), clock);
        MediaStore media = new MediaStore(Files.createTempDirectory("media"));
        db.run(() -> DemoCatalog.read().loadInto(db.em(), outbox, media, clock));
        db.run(() -> db.em().createQuery("delete from SearchOutboxEntry").executeUpdate());
        desk = new NewsDesk(db.em(), outbox, clock);
        reader = new NewsReader(db.em(), clock, 10);
        catalog = new CatalogService(db.em(), outbox, clock);
        Account account = db.inTransaction(em -> {
            Account a = Account.of("bientap@sct.test", "Biên tập viên", "not-a-hash", Role.STAFF, clock.instant());
            em.persist(a);
            return a;
        });
        editor = new AccountProfile(account.getId(), "bientap@sct.test", "Biên tập viên", Role.STAFF, null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long productId(String slug) {
        return db.inTransaction(em -> em.createQuery("select p.id from Product p where p.slug = :s", Long.class)
                .setParameter("s", slug).getSingleResult());
    }

    private ArticleDraft draft(String title, List<Long> products) {
        return new ArticleDraft("", title, "Tóm tắt bài viết về " + title + ".",
                "<p>Nội dung bài viết về <strong>" + title + "</strong>.</p>", null, List.of("hội chợ", "OCOP"),
                products, List.of(), List.of());
    }

    private long create(ArticleDraft draft) {
        return db.inTransaction(em -> desk.create(editor, draft, Locale.ENGLISH));
    }

    private int publishDue() {
        return db.inTransaction(em -> desk.publishDue());
    }

    private Article article(long id) {
        return db.inTransaction(em -> em.find(Article.class, id));
    }

    private long articleCount() {
        return db.inTransaction(em -> em.createQuery("select count(a) from Article a", Long.class).getSingleResult());
    }

    private List<ArticleAudit> log(long id) {
        return db.inTransaction(em -> em.createQuery("select l from ArticleAudit l where l.articleId = :id order by l.id",
                ArticleAudit.class).setParameter("id", id).getResultList());
    }

    @Test
    void aDraftGetsASlugFromItsVietnameseTitleAndStaysOutOfPublicView() {
        long id = create(draft("Hội chợ Dừa Bến Tre 2026", List.of(productId("keo-dua-sap-ca-cao"))));

        Article article = article(id);
        assertThat(article.getSlug()).isEqualTo("hoi-cho-dua-ben-tre-2026");
        assertThat(article.getState()).isEqualTo(ArticleState.DRAFT);
        assertThat(article.getTags()).containsExactly("hội chợ", "ocop");
        assertThat(reader.article("hoi-cho-dua-ben-tre-2026")).isEmpty();
        assertThat(log(id)).extracting(ArticleAudit::getAction).containsExactly(AuditAction.CREATED);
        assertThat(log(id).get(0).getActorName()).isEqualTo("Biên tập viên");
        long queued = db.inTransaction(em -> em.createQuery("select count(e) from SearchOutboxEntry e where e.entityType = :t", Long.class)
                .setParameter("t", SearchOutboxEntry.ARTICLE).getSingleResult());
        assertThat(queued).isEqualTo(1);
    }

    @Test
    void theSchedulePublishesAtTheRightMomentAndNotBefore() {
        long id = create(draft("Tuần lễ bưởi da xanh", List.of()));
        Instant at = MONDAY_MORNING.plus(Duration.ofHours(2));
        db.run(() -> desk.schedule(editor, id, at, Locale.ENGLISH));
        assertThat(article(id).getState()).isEqualTo(ArticleState.SCHEDULED);

        clock.set(at.minusSeconds(1));
        assertThat(publishDue()).isZero();
        assertThat(reader.article("tuan-le-buoi-da-xanh")).isEmpty();

        clock.set(at);
        assertThat(publishDue()).isEqualTo(1);
        Article published = article(id);
        assertThat(published.getState()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(published.getPublishedAt()).contains(at);
        assertThat(reader.article("tuan-le-buoi-da-xanh")).isPresent();
        assertThat(reader.page(null, 1).items()).extracting(ArticleSummary::slug).containsExactly("tuan-le-buoi-da-xanh");

        List<ArticleAudit> log = log(id);
        assertThat(log).extracting(ArticleAudit::getAction)
                .containsExactly(AuditAction.CREATED, AuditAction.SCHEDULED, AuditAction.PUBLISHED);
        assertThat(log.get(2).getActorId()).isNull();
        assertThat(log.get(2).getActorName()).isEqualTo(NewsDesk.SCHEDULE_ACTOR);
        assertThat(log.get(2).getOccurredAt()).isEqualTo(at);
        assertThat(publishDue()).isZero();
    }

    @Test
    void aPublishTimeInThePastIsRefusedAndChangesNothing() {
        long id = create(draft("Phiên chợ OCOP", List.of()));

        assertThatThrownBy(() -> db.run(() -> desk.schedule(editor, id, MONDAY_MORNING.minusSeconds(60), Locale.ENGLISH)))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(f -> {
                        assertThat(f.field()).isEqualTo("publishAt");
                        assertThat(f.message()).contains("future");
                    });
                });
        assertThat(article(id).getState()).isEqualTo(ArticleState.DRAFT);
        assertThat(log(id)).hasSize(1);
    }

    @Test
    void linkedProductsDropOutOfTheArticleWhenTheyStopBeingLive() {
        long candy = productId("keo-dua-sap-ca-cao");
        long pomelo = productId("buoi-da-xanh");
        long id = create(draft("Đặc sản dừa vào siêu thị", List.of(candy, pomelo)));
        db.run(() -> desk.publish(editor, id));
        assertThat(reader.article("dac-san-dua-vao-sieu-thi").orElseThrow().products())
                .extracting(ProductCard::id).containsExactlyInAnyOrder(candy, pomelo);
        assertThat(reader.aboutProduct(candy)).extracting(ArticleSummary::id).containsExactly(id);

        db.run(() -> catalog.changeStatus(candy, ProductStatus.WITHDRAWN));

        assertThat(reader.article("dac-san-dua-vao-sieu-thi").orElseThrow().products())
                .extracting(ProductCard::id).containsExactly(pomelo);
    }

    @Test
    void aLinkToAProductThatIsNotLiveOrDoesNotExistIsRefusedByName() {
        long candy = productId("keo-dua-sap-ca-cao");
        db.run(() -> catalog.changeStatus(candy, ProductStatus.WITHDRAWN));

        assertThatThrownBy(() -> create(draft("Bài có sản phẩm đã ngừng bán", List.of(candy, 987_654_321L))))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> {
                            assertThat(f.field()).isEqualTo("productIds");
                            assertThat(f.message()).contains(String.valueOf(candy), "987654321");
                        }));
        assertThat(articleCount()).isZero();
    }

    @Test
    void scriptsInTheBodyAndMarkupInTheTitleAreRefused() {
        ArticleDraft script = new ArticleDraft("", "Hội chợ", "Tóm tắt", "<p>Xin chào</p><script>alert(1)</script>"
                + "<img src=\"/media/uploads/a.jpg\" onerror=alert(2)>", null, List.of(), List.of(), List.of(), List.of());
        ArticleDraft title = new ArticleDraft("", "<img src=x onerror=alert(1)>Hội chợ", "Tóm tắt", "<p>Xin chào</p>",
                null, List.of(), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> create(script)).isInstanceOfSatisfying(InvalidArticleException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                    assertThat(f.field()).isEqualTo("body");
                    assertThat(f.message()).contains("<script>", "onerror");
                }));
        assertThatThrownBy(() -> create(title)).isInstanceOfSatisfying(InvalidArticleException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("title"));
        assertThat(articleCount()).isZero();
    }

    @Test
    void aDuplicateSlugIsAConflictAndAnOverLongTitleIsRefused() {
        create(draft("Hội chợ Dừa", List.of()));

        assertThatThrownBy(() -> create(draft("Hội chợ dừa", List.of())))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.errors().get(0).message()).contains("hoi-cho-dua");
                });
        assertThatThrownBy(() -> create(draft("Dừa ".repeat(60), List.of())))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                    assertThat(e.isConflict()).isFalse();
                    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("title");
                    assertThat(e.errors().get(0).message()).contains("200");
                });
        assertThat(articleCount()).isEqualTo(1);
    }

    @Test
    void anArchivedArticleLeavesThePublicListAndCannotBeEditedOrPublished() {
        long id = create(draft("Chương trình khuyến mãi tháng 12", List.of()));
        db.run(() -> desk.publish(editor, id));
        db.run(() -> desk.archive(editor, id));

        assertThat(reader.page(null, 1).items()).isEmpty();
        assertThatThrownBy(() -> db.run(() -> desk.publish(editor, id))).isInstanceOf(ArticleStateException.class);
        assertThatThrownBy(() -> db.run(() -> desk.update(editor, id, draft("Sửa lại", List.of()), Locale.ENGLISH)))
                .isInstanceOf(ArticleStateException.class);
        assertThat(log(id)).extracting(ArticleAudit::getAction)
                .containsExactly(AuditAction.CREATED, AuditAction.PUBLISHED, AuditAction.ARCHIVED);
    }
}
