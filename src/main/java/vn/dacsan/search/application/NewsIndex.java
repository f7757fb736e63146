package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.media.MediaUrls;
import vn.dacsan.news.application.ArticleHtml;
import vn.dacsan.news.domain.Article;
import vn.dacsan.news.domain.ArticleState;

/**
 * Writes news articles into their own Solr core (or collection): published articles as
 * documents, anything else removed. Fed by the same outbox as products.
 */
@ApplicationScoped
public class NewsIndex {

    static final String ID_PREFIX = "article-";

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    SearchClient client;
    @Inject
    @ConfigProperty(name = "dacsan.solr.news-collection", defaultValue = "news")
    String collection;

    public NewsIndex() {
    }

    NewsIndex(EntityManager em, SearchClient client, String collection) {
        this.em = em;
        this.client = client;
        this.collection = collection;
    }

    String collection() {
        return collection;
    }

    static String id(long articleId) {
        return ID_PREFIX + articleId;
    }

    /** Brings the news index in line with the database for these articles. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void refresh(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        List<Article> articles = em.createQuery("select a from Article a where a.id in :ids", Article.class)
                .setParameter("ids", articleIds)
                .getResultList();
        Set<Long> gone = new HashSet<>(articleIds);
        List<SolrInputDocument> docs = new ArrayList<>();
        for (Article article : articles) {
            if (article.getState() == ArticleState.PUBLISHED) {
                docs.add(document(article));
                gone.remove(article.getId());
            }
        }
        try {
            if (!docs.isEmpty()) {
                client.solr().add(collection, docs, ProductIndex.VISIBLE_WITHIN_MS);
            }
            if (!gone.isEmpty()) {
                client.solr().deleteById(collection, gone.stream().map(NewsIndex::id).toList(), ProductIndex.VISIBLE_WITHIN_MS);
            }
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("Could not update the news index: " + e.getMessage(), e);
        }
    }

    /** Rebuilds the news index from the database: every published article in, everything else out. */
    @Transactional(Transactional.TxType.REQUIRED)
    public int reindexAll() {
        List<Article> published = em.createQuery("select a from Article a where a.state = :published", Article.class)
                .setParameter("published", ArticleState.PUBLISHED)
                .getResultList();
        try {
            client.solr().deleteByQuery(collection, "*:*");
            if (!published.isEmpty()) {
                client.solr().add(collection, published.stream().map(NewsIndex::document).toList());
            }
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("News reindex failed: " + e.getMessage(), e);
        }
        return published.size();
    }

    private static SolrInputDocument document(Article article) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField("id", id(article.getId()));
        doc.setField("doc_type", "article");
        doc.setField("slug", article.getSlug());
        doc.setField("title", article.getTitle());
        doc.setField("summary", article.getSummary());
        doc.setField("body", ArticleHtml.text(article.getBody()));
        article.getTags().forEach(tag -> doc.addField("tag", tag));
        article.getCoverKey().ifPresent(key -> doc.setField("cover", MediaUrls.of(key)));
        article.getPublishedAt().ifPresent(at -> doc.setField("published_at", Date.from(at)));
        return doc;
    }
}
