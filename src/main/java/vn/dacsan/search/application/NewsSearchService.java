package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import vn.dacsan.platform.text.VietnameseText;

/** News search with the same Vietnamese analysis as products: "hoi cho dua" finds "Hội chợ Dừa". */
@ApplicationScoped
public class NewsSearchService {

    private static final Logger LOG = Logger.getLogger(NewsSearchService.class.getName());

    @Inject
    SearchClient client;
    @Inject
    NewsIndex index;
    @Inject
    SearchSettings settings;

    public NewsSearchService() {
    }

    NewsSearchService(SearchClient client, NewsIndex index, SearchSettings settings) {
        this.client = client;
        this.index = index;
        this.settings = settings;
    }

    /** Published articles matching the reader's words, best first; {@code page} counts from 1. */
    public List<NewsHit> search(String text, int page, int size) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String words = VietnameseText.nfc(text.strip());
        if (words.length() > settings.maxQueryLength()) {
            throw new InvalidSearchRequestException("q", "The search text is longer than " + settings.maxQueryLength() + " characters");
        }
        int rows = Math.max(1, Math.min(size, settings.maxPageSize()));
        int start = (Math.max(1, page) - 1) * rows;
        if (start + rows > settings.maxResultWindow()) {
            throw new InvalidSearchRequestException("page", "The page is too far into the results");
        }
        // the reader's text travels only as q for edismax, escaped to literal words
        SolrQuery query = new SolrQuery(QueryText.literal(words));
        query.addFilterQuery("doc_type:article");
        query.addSort("score", SolrQuery.ORDER.desc);
        query.addSort("published_at", SolrQuery.ORDER.desc);
        query.setStart(start);
        query.setRows(rows);
        try {
            QueryResponse response = client.query(index.collection(), query, QueryTimer.Deadline.in(settings.timeout()));
            List<NewsHit> hits = new ArrayList<>();
            for (SolrDocument doc : response.getResults()) {
                hits.add(hit(doc));
            }
            return hits;
        } catch (QueryTimedOutException e) {
            LOG.log(Level.WARNING, "News search failed", e);
            throw e;
        } catch (SolrServerException | IOException | SolrException e) {
            LOG.log(Level.WARNING, "News search failed", e);
            throw new SearchUnavailableException("Search is temporarily unavailable", e);
        }
    }

    private static NewsHit hit(SolrDocument doc) {
        Collection<Object> tags = doc.getFieldValues("tag");
        Date published = (Date) doc.getFirstValue("published_at");
        return new NewsHit((String) doc.getFirstValue("slug"), (String) doc.getFirstValue("title"),
                (String) doc.getFirstValue("summary"), (String) doc.getFirstValue("cover"),
                tags == null ? List.of() : tags.stream().map(String::valueOf).toList(),
                published == null ? null : published.toInstant());
    }
}
