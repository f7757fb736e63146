package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ShardParams;
import vn.dacsan.platform.logging.RequestLog;
import vn.dacsan.platform.text.VietnameseText;
import vn.dacsan.search.application.SearchResult.FacetCount;
import vn.dacsan.search.application.SearchResult.ProducerRef;
import vn.dacsan.search.application.SearchResult.ProductHit;

/**
 * Storefront product search on Solr: Vietnamese full text, facets with counts, sorting,
 * paging and "did you mean". OCOP stars count only while a certificate is valid by our clock.
 */
@ApplicationScoped
public class ProductSearchService {

    private static final Logger LOG = RequestLog.logger(ProductSearchService.class);
    private static final String[] FIELD_FACETS = {"group", "province", "commune", "kind"};
    /** Searches finding fewer products than this offer a corrected spelling. */
    static final int SUGGEST_BELOW = 3;
    /** Folded text splits into syllables wherever the name analyzer's tokenizer would. */
    private static final Pattern SYLLABLE_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_SUGGEST_SYLLABLES = 8;
    /** The stored fields a hit is made of ({@link #hit}): Solr writes, and SolrJ reads, no others. */
    static final String[] HIT_FIELDS = {"id", "slug", "name", "price", "unit", "stars", "cert_valid_from",
        "cert_valid_until", "producer_id", "producer_slug", "producer_name", "producer_kind", "province", "commune",
        "group", "image", "stock"};

    @Inject
    SearchClient client;
    @Inject
    Clock clock;
    @Inject
    SearchSettings settings;
    @Inject
    SearchVocabularySource vocabulary;

    public ProductSearchService() {
    }

    ProductSearchService(SearchClient client, Clock clock, SearchSettings settings, SearchVocabularySource vocabulary) {
        this.client = client;
        this.clock = clock;
        this.settings = settings;
        this.vocabulary = vocabulary;
    }

    public SearchSettings settings() {
        return settings;
    }

    public SearchVocabulary vocabulary() {
        return vocabulary.current();
    }

    public SearchResult search(SearchRequest request) {
        vocabulary.current().check(request);
        QueryTimer.Deadline deadline = QueryTimer.Deadline.in(settings.timeout());
        SolrQuery query = query(request, clock.instant());
        QueryResponse response = execute(query, deadline);
        Instant instant = clock.instant();
        List<ProductHit> items = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            items.add(hit(doc, instant));
        }
        long total = response.getResults().getNumFound();
        return new SearchResult(total, request.page(), request.size(), items, facets(response),
                suggestion(query, request, total, deadline), isPartial(response), false);
    }

    /** The Solr query for a storefront search: text, filters, facets, sort and page, but no spellcheck. */
    static SolrQuery query(SearchRequest request, Instant at) {
        String now = at.truncatedTo(ChronoUnit.MINUTES).toString();
        SolrQuery query = new SolrQuery();
        if (request.hasText()) {
            // the shopper's text travels only as the q parameter of the edismax handler
            // (Solr 9 ignores local params in q when defType is edismax), escaped to literal words
            query.setQuery(QueryText.literal(request.text()));
        } else {
            query.set("defType", "lucene");
            query.setQuery("*:*");
        }
        query.addFilterQuery("doc_type:product");
        termFilter(query, "group", "group", request.group());
        termFilter(query, "province", "province", request.province());
        termFilter(query, "commune", "commune", request.commune());
        termFilter(query, "kind", "producer_kind", request.kind());
        if (request.stars() != null) {
            query.addFilterQuery("{!tag=stars}" + validStars(request.stars(), now));
        }
        if (request.minPrice() != null || request.maxPrice() != null) {
            query.addFilterQuery("{!tag=price}price:[" + (request.minPrice() == null ? "*" : request.minPrice())
                    + " TO " + (request.maxPrice() == null ? "*" : request.maxPrice()) + "]");
        }
        query.setFacet(true);
        query.setFacetMinCount(1);
        query.setFacetLimit(50);
        query.addFacetField("{!ex=group}group", "{!ex=province}province", "{!ex=commune}commune",
                "{!ex=kind}producer_kind");
        for (int stars = 5; stars >= 3; stars--) {
            query.addFacetQuery("{!key=stars." + stars + " ex=stars}" + validStars(stars, now));
        }
        for (PriceRange range : PriceRange.BUCKETS) {
            query.addFacetQuery("{!key=price." + range.key() + " ex=price}price:[" + range.min() + " TO "
                    + (range.maxExclusive() == null ? "*" : range.maxExclusive() - 1) + "]");
        }
        switch (request.sort()) {
            case PRICE_ASC -> query.addSort("price", SolrQuery.ORDER.asc);
            case PRICE_DESC -> query.addSort("price", SolrQuery.ORDER.desc);
            case NEWEST -> query.addSort("created_at", SolrQuery.ORDER.desc);
            case RELEVANCE -> {
                if (request.hasText()) {
                    query.addSort("score", SolrQuery.ORDER.desc);
                } else {
                    query.addSort("featured", SolrQuery.ORDER.desc);
                    query.addSort("created_at", SolrQuery.ORDER.desc);
                }
            }
        }
        query.addSort("id", SolrQuery.ORDER.asc);
        query.setFields(HIT_FIELDS);
        query.setStart(request.start());
        query.setRows(request.size());
        return query;
    }

    /**
     * The same search asking only for spelling suggestions: no documents and no facets.
     * Collations are tried against the search's own filters, so a suggestion finds something
     * where the shopper is looking.
     */
    static SolrQuery spellingQuery(SolrQuery search, String text) {
        SolrQuery spelling = search.getCopy();
        spelling.set("facet", false);
        spelling.setStart(0);
        spelling.setRows(0);
        spelling.set("spellcheck", true);
        spelling.set("spellcheck.q", VietnameseText.fold(text));
        return spelling;
    }

    /** Completions for what a shopper has typed so far (folded prefix match on product names). */
    public List<Suggestion> suggest(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        SearchRequest checked = SearchRequest.parse(name -> "q".equals(name) ? typed : null, settings);
        if (!checked.hasText()) {
            return List.of();
        }
        SolrQuery query = suggestQuery(checked.text());
        if (query == null) {
            return List.of();
        }
        QueryResponse response = execute(query, QueryTimer.Deadline.in(settings.suggestTimeout()));
        Set<String> seen = new LinkedHashSet<>();
        List<Suggestion> suggestions = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            String name = (String) doc.getFirstValue("name");
            if (seen.add(name)) {
                suggestions.add(new Suggestion(name, (String) doc.getFirstValue("slug")));
            }
        }
        return suggestions;
    }

    /**
     * Every typed syllable, folded, must begin a syllable of the name ("keo d" finds "Kẹo dừa");
     * the typed text itself only ranks, through the /suggest handler's edismax defaults. The
     * syllables travel as parameters, never as query syntax. Null when nothing searchable was typed.
     */
    static SolrQuery suggestQuery(String text) {
        List<String> syllables = Arrays.stream(SYLLABLE_BREAK.split(VietnameseText.fold(text)))
                .filter(syllable -> !syllable.isEmpty()).distinct().limit(MAX_SUGGEST_SYLLABLES).toList();
        if (syllables.isEmpty()) {
            return null;
        }
        SolrQuery query = new SolrQuery();
        query.setRequestHandler("/suggest");
        StringBuilder clauses = new StringBuilder();
        for (int i = 0; i < syllables.size(); i++) {
            clauses.append("+{!prefix f=name v=$s").append(i).append("} ");
            query.set("s" + i, syllables.get(i));
        }
        query.setQuery(clauses.append("{!edismax v=$typed}").toString());
        query.set("typed", QueryText.literal(text));
        query.addFilterQuery("doc_type:product");
        return query;
    }

    private static void termFilter(SolrQuery query, String tag, String field, String value) {
        if (value != null) {
            String param = "fv_" + tag;
            query.addFilterQuery("{!term tag=" + tag + " f=" + field + " v=$" + param + "}");
            query.set(param, value);
        }
    }

    private static String validStars(int stars, String now) {
        return "(+stars:" + stars + " +cert_valid_from:[* TO " + now + "] +cert_valid_until:{" + now + " TO *])";
    }

    /** Runs a query that must be answered by the deadline; a timeout is not retried. */
    private QueryResponse execute(SolrQuery query, QueryTimer.Deadline deadline) {
        if (client.isCloud()) {
            // a shard with no live replica: answer from the others and flag it, rather than fail
            query.set(ShardParams.SHARDS_TOLERANT, true);
        }
        try {
            return client.query(query, deadline);
        } catch (QueryTimedOutException e) {
            LOG.log(Level.WARNING, "Search failed", e);
            throw e;
        } catch (SolrServerException | IOException | SolrException e) {
            if (client.isCloud() && !(e instanceof SolrException refused && refused.code() < 500)) {
                // a node that went down mid-request: SolrJ now knows, and a search changes nothing,
                // so one more try goes to a live replica
                try {
                    return client.query(query, deadline);
                } catch (SolrServerException | IOException | SolrException | QueryTimedOutException again) {
                    e.addSuppressed(again);
                }
            }
            LOG.log(Level.WARNING, "Search failed", e);
            throw new SearchUnavailableException("Search is temporarily unavailable", e);
        }
    }

    /** Solr sets partialResults in the header when a shard (or a time limit) cut the answer short. */
    static boolean isPartial(QueryResponse response) {
        Object partial = response.getResponseHeader() == null ? null
                : response.getResponseHeader().get("partialResults");
        return "true".equals(String.valueOf(partial));
    }

    private static ProductHit hit(SolrDocument doc, Instant now) {
        Integer stars = (Integer) doc.getFirstValue("stars");
        Date from = (Date) doc.getFirstValue("cert_valid_from");
        Date until = (Date) doc.getFirstValue("cert_valid_until");
        boolean valid = stars != null && from != null && until != null
                && !now.isBefore(from.toInstant()) && now.isBefore(until.toInstant());
        Number stock = (Number) doc.getFirstValue("stock");
        return new ProductHit(
                Long.parseLong(((String) doc.getFirstValue("id")).substring(ProductDocuments.ID_PREFIX.length())),
                (String) doc.getFirstValue("slug"),
                (String) doc.getFirstValue("name"),
                ((Number) doc.getFirstValue("price")).longValue(),
                (String) doc.getFirstValue("unit"),
                valid ? stars : null,
                new ProducerRef(((Number) doc.getFirstValue("producer_id")).longValue(),
                        (String) doc.getFirstValue("producer_slug"),
                        (String) doc.getFirstValue("producer_name"),
                        (String) doc.getFirstValue("producer_kind")),
                (String) doc.getFirstValue("province"),
                (String) doc.getFirstValue("commune"),
                (String) doc.getFirstValue("group"),
                (String) doc.getFirstValue("image"),
                stock == null ? 0 : stock.intValue());
    }

    private static Map<String, List<FacetCount>> facets(QueryResponse response) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String name : FIELD_FACETS) {
            FacetField field = response.getFacetField("kind".equals(name) ? "producer_kind" : name);
            List<FacetCount> counts = new ArrayList<>();
            if (field != null && field.getValues() != null) {
                for (FacetField.Count count : field.getValues()) {
                    counts.add(new FacetCount(count.getName(), count.getCount()));
                }
            }
            facets.put(name, counts);
        }
        List<FacetCount> stars = new ArrayList<>();
        List<FacetCount> prices = new ArrayList<>();
        Map<String, Integer> queries = response.getFacetQuery() == null ? Map.of() : response.getFacetQuery();
        queries.forEach((key, count) -> {
            if (count > 0 && key.startsWith("stars.")) {
                stars.add(new FacetCount(key.substring("stars.".length()), count));
            } else if (count > 0 && key.startsWith("price.")) {
                prices.add(new FacetCount(key.substring("price.".length()), count));
            }
        });
        facets.put("stars", stars);
        facets.put("price", prices);
        return facets;
    }

    /**
     * "Did you mean", offered only when the text found fewer than {@value #SUGGEST_BELOW} products.
     * Spellchecking costs Solr about a third of a search, so it is asked for in a second request
     * only then, not with every search.
     */
    private String suggestion(SolrQuery search, SearchRequest request, long total, QueryTimer.Deadline deadline) {
        if (!request.hasText() || total >= SUGGEST_BELOW) {
            return null;
        }
        SpellCheckResponse spelling;
        try {
            spelling = execute(spellingQuery(search, request.text()), deadline).getSpellCheckResponse();
        } catch (SearchUnavailableException e) {
            // the results are already in hand: answer them without a suggestion
            return null;
        }
        String collation = spelling == null ? null : spelling.getCollatedResult();
        if (collation == null || collation.isBlank() || collation.equals(VietnameseText.fold(request.text()))) {
            return null;
        }
        return collation;
    }
}
