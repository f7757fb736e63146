package vn.dacsan.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.Role;
import vn.dacsan.catalog.demo.DemoCatalog;
import vn.dacsan.media.MediaStore;
import vn.dacsan.news.application.ArticleDraft;
import vn.dacsan.news.application.NewsDesk;
import vn.dacsan.news.demo.DemoNews;

/**
 * News search on the real Solr node's news core, fed only through the outbox: diacritics are
 * optional, drafts and archived articles are never found, a publish reaches search.
 */
class NewsSearchIT {

    private SearchFixture fixture;
    private NewsIndex newsIndex;
    private NewsSearchService search;
    private OutboxIndexer indexer;
    private NewsDesk desk;
    private AccountProfile editor;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new SearchFixture();
        newsIndex = new NewsIndex(fixture.db.em(), fixture.client, "news");
        emptyNewsCore();
        MediaStore media = new MediaStore(Files.createTempDirectory("media"));
        fixture.db.run(() -> DemoCatalog.read().loadInto(fixture.db.em(), fixture.outbox, media, fixture.clock));
        fixture.db.run(() -> DemoNews.read().loadInto(fixture.db.em(), fixture.outbox, fixture.clock));
        indexer = new OutboxIndexer(fixture.db.em(), fixture.index, newsIndex, fixture.clock, 500, 300);
        search = new NewsSearchService(fixture.client, newsIndex, SearchSettings.DEFAULTS);
        desk = new NewsDesk(fixture.db.em(), fixture.outbox, fixture.clock);
        Account account = fixture.db.inTransaction(em -> {
            Account a = Account.of("bientap@sct.test", "Biên tập viên", "not-a-hash", Role.STAFF, fixture.clock.instant());
            em.persist(a);
            return a;
        });
        editor = new AccountProfile(account.getId(), "bientap@sct.test", "Biên tập viên", Role.STAFF, null);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void emptyNewsCore() throws IOException, SolrServerException {
        fixture.client.solr().deleteByQuery("news", "*:*");
        fixture.client.solr().commit("news");
    }

    private void drain() {
        while (true) {
            OutboxIndexer.Batch batch = fixture.db.inTransaction(em -> indexer.due());
            if (batch.isEmpty()) {
                return;
            }
            fixture.db.run(() -> indexer.apply(batch));
            fixture.db.run(() -> indexer.completed(batch));
        }
    }

    private long newsDocuments() {
        try {
            SolrQuery all = new SolrQuery("*:*");
            all.set("defType", "lucene");
            all.setRows(0);
            return fixture.client.solr().query("news", all).getResults().getNumFound();
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> titles(String words) {
        return search.search(words, 1, 10).stream().map(NewsHit::title).toList();
    }

    @Test
    void publishedArticlesAreFoundWithOrWithoutDiacriticsAndTheScheduledOneIsNot() {
        int published = DemoNews.read().articleCount() - 1;
        drain();
        SearchFixture.await(() -> newsDocuments() == published, Duration.ofSeconds(15), "news core to hold the published articles");

        assertThat(titles("hoi cho dua")).first().asString().contains("Hội chợ Dừa");
        assertThat(titles("HỘI CHỢ DỪA")).first().asString().contains("Hội chợ Dừa");
        assertThat(titles("buoi da xanh")).anyMatch(t -> t.contains("Bưởi da xanh"));
        assertThat(titles("sau rieng dong lanh")).first().asString().contains("Sầu riêng đông lạnh");
        assertThat(titles("kem dua sap")).noneMatch(t -> t.contains("Kem dừa sáp") || t.contains("kem dừa sáp"));
        assertThat(titles("*:*")).isEmpty();
    }

    @Test
    void aPublishReachesSearchAndAnArchiveLeavesIt() {
        drain();
        long id = fixture.db.inTransaction(em -> desk.create(editor, new ArticleDraft("", "Đường thốt nốt An Giang lên sàn",
                "Sản phẩm thốt nốt của đồng bào Khmer.", "<p>Đường thốt nốt nấu thủ công.</p>", null,
                List.of("thốt nốt"), List.of(), List.of(), List.of()), Locale.ENGLISH));
        drain();
        assertThat(titles("duong thot not")).isEmpty();

        fixture.db.run(() -> desk.publish(editor, id));
        drain();
        SearchFixture.await(() -> titles("duong thot not").contains("Đường thốt nốt An Giang lên sàn"),
                Duration.ofSeconds(15), "published article in search");

        fixture.db.run(() -> desk.archive(editor, id));
        drain();
        SearchFixture.await(() -> titles("duong thot not").isEmpty(), Duration.ofSeconds(15), "archived article gone");
    }
}
