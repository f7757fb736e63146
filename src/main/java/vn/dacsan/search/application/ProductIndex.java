package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.catalog.domain.ProductStatus;

/**
 * Writes products from the database into the Solr index: live products as documents,
 * anything else removed. Used by the outbox indexer (a few ids) and the full reindex (all).
 * On SolrCloud a full reindex fills a new collection and then moves the alias to it.
 */
@ApplicationScoped
public class ProductIndex {

    private static final Logger LOG = Logger.getLogger(ProductIndex.class.getName());
    private static final int PAGE = 500;
    /** Batches a full reindex has Solr index at once, while the next page is read from the database. */
    private static final int SENDERS = 2;
    /** Ids per page when a rebuild in place looks for documents of products no longer live. */
    private static final int STALE_PAGE = 10_000;
    private static final Duration ALIAS_SWAP_WAIT = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    SearchClient client;
    @Inject
    Clock clock;
    @Inject
    CloudCollections collections;

    /**
     * While a cloud rebuild fills a new collection, changes from the outbox go there too, and
     * the products they name are refreshed once more after the alias has moved. While a rebuild
     * writes in place, the products changed meanwhile are kept from the removal of stale
     * documents and refreshed once more at the end: the rebuild may have read them before the
     * change and sent them after it.
     */
    private volatile Rebuild rebuild;

    private record Rebuild(String collection, Set<Long> touched) {
    }

    public ProductIndex() {
    }

    ProductIndex(EntityManager em, SearchClient client, Clock clock) {
        this(em, client, clock, new CloudCollections(client, clock, new CloudCollections.Layout(2, 2, Optional.empty())));
    }

    ProductIndex(EntityManager em, SearchClient client, Clock clock, CloudCollections collections) {
        this.em = em;
        this.client = client;
        this.clock = clock;
        this.collections = collections;
    }

    /**
     * Changes from the outbox (an approval, a price, a withdrawal) ask Solr to make themselves
     * visible this soon; a full reindex commits once at its end (see solrconfig.xml).
     */
    static final int VISIBLE_WITHIN_MS = 200;

    /** Brings the index in line with the database for these products. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void refresh(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return;
        }
        List<Product> products = withRelations(em.createQuery(
                        "select p from Product p where p.id in :ids", Product.class)
                .setParameter("ids", productIds))
                .getResultList();
        Set<Long> gone = new HashSet<>(productIds);
        List<Product> live = new ArrayList<>();
        for (Product product : products) {
            if (product.isLive()) {
                live.add(product);
                gone.remove(product.getId());
            }
        }
        Rebuild running = rebuild;
        try {
            List<SolrInputDocument> docs = live.isEmpty() ? List.of() : documents(live);
            List<String> goneIds = gone.stream().map(ProductDocuments::id).toList();
            send(client.collection(), docs, goneIds);
            if (running != null) {
                if (!running.collection().equals(client.collection())) {
                    send(running.collection(), docs, goneIds);
                }
                running.touched().addAll(productIds);
            } else if (client.isCloud()) {
                // a rebuild started by another instance of the cluster
                Optional<String> building = collections.building(client.collection());
                if (building.isPresent()) {
                    send(building.get(), docs, goneIds);
                }
            }
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("Could not update the search index: " + e.getMessage(), e);
        }
    }

    private void send(String collection, List<SolrInputDocument> docs, List<String> goneIds)
            throws SolrServerException, IOException {
        if (!docs.isEmpty()) {
            client.solr().add(collection, docs, VISIBLE_WITHIN_MS);
        }
        if (!goneIds.isEmpty()) {
            client.solr().deleteById(collection, goneIds, VISIBLE_WITHIN_MS);
        }
    }

    /**
     * Rebuilds the whole index from the database; reports progress as products are sent. On
     * SolrCloud, when the collection name is an alias, into a new collection that replaces
     * the old one only when complete; otherwise in place.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public int reindexAll(IntConsumer progress) {
        if (client.isCloud()) {
            List<String> previous = collections.aliased(client.collection());
            if (!previous.isEmpty()) {
                return rebuildBehindAlias(previous, progress);
            }
            LOG.warning(() -> client.collection() + " is a collection, not an alias: reindexing it in place "
                    + "(create the alias with the SolrCloud setup command to rebuild without gaps)");
        }
        return rebuildInPlace(progress);
    }

    private int rebuildInPlace(IntConsumer progress) {
        String collection = client.collection();
        Set<Long> touched = ConcurrentHashMap.newKeySet();
        rebuild = new Rebuild(collection, touched);
        int indexed;
        try {
            indexed = reindexInto(collection, progress, touched);
        } finally {
            rebuild = null;
        }
        refresh(Set.copyOf(touched));
        try {
            // searchable at once, not at the next automatic soft commit
            client.solr().commit(collection, true, true, true);
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("Could not commit the reindex: " + e.getMessage(), e);
        }
        return indexed;
    }

    private int rebuildBehindAlias(List<String> previous, IntConsumer progress) {
        String alias = client.collection();
        String fresh = collections.createGeneration(alias);
        String building = CloudCollections.buildingAlias(alias);
        rebuild = new Rebuild(fresh, ConcurrentHashMap.newKeySet());
        int indexed;
        try {
            // tells the other instances' outbox indexers to send their changes here too
            collections.pointAlias(building, fresh, ALIAS_SWAP_WAIT);
            indexed = reindexInto(fresh, progress, null);
            collections.commit(fresh);
            collections.pointAlias(alias, fresh, ALIAS_SWAP_WAIT);
        } catch (RuntimeException e) {
            rebuild = null;
            try {
                collections.deleteAlias(building);
                collections.delete(fresh);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        try {
            collections.deleteAlias(building);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete alias " + building + "; delete it by hand", e);
        }
        Set<Long> touched = rebuild.touched();
        rebuild = null;
        // a change indexed while this rebuild read its page may have been overwritten by that page
        refresh(Set.copyOf(touched));
        for (String old : previous) {
            try {
                collections.delete(old);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The alias now points at " + fresh + "; the previous collection " + old
                        + " could not be deleted, delete it by hand", e);
            }
        }
        LOG.info(() -> "Alias " + alias + " now points at " + fresh + " (" + indexed + " products); removed " + previous);
        return indexed;
    }

    /**
     * Sends every live product to the collection; when {@code keep} is given (a rebuild in
     * place), then removes the documents of products no longer live, except those in it.
     */
    private int reindexInto(String collection, IntConsumer progress, Set<Long> keep) {
        Set<String> indexed = new HashSet<>();
        long lastId = Long.MIN_VALUE;
        int reported = 0;
        try (BatchSender sender = new BatchSender(client, collection, SENDERS)) {
            while (true) {
                ReindexPage page = readPage(lastId);
                if (page.read() == 0) {
                    break;
                }
                sender.send(page.documents());
                page.documents().forEach(doc -> indexed.add((String) doc.getFieldValue("id")));
                lastId = page.lastId();
                // only products Solr has accepted count as sent
                int sent = sender.acknowledged();
                if (sent > reported) {
                    reported = sent;
                    progress.accept(sent);
                }
                em.clear();
            }
            sender.finish();
            if (sender.acknowledged() > reported || reported == 0) {
                progress.accept(sender.acknowledged());
            }
            if (keep != null) {
                List<String> stale = staleIds(indexed);
                keep.forEach(id -> stale.remove(ProductDocuments.id(id)));
                if (!stale.isEmpty()) {
                    client.solr().deleteById(collection, stale);
                }
            }
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("Reindex failed: " + e.getMessage(), e);
        }
        return indexed.size();
    }

    /** One page of a full reindex: how many products were read, the documents of the live ones, the last id read. */
    public record ReindexPage(int read, List<SolrInputDocument> documents, long lastId) {
    }

    /**
     * Reads the products after {@code afterId} in id order and makes documents of the live ones.
     * Pages walk the primary key alone: with "status = LIVE" in the query, H2 picks the status
     * index (which holds nearly every row) and reads and sorts all live rows for every page, so a
     * full reindex grew with the square of the catalogue.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public ReindexPage readPage(long afterId) {
        List<Product> products = withRelations(em.createQuery(
                        "select p from Product p where p.id > :after order by p.id", Product.class)
                .setParameter("after", afterId)
                .setMaxResults(PAGE))
                .getResultList();
        if (products.isEmpty()) {
            return new ReindexPage(0, List.of(), afterId);
        }
        List<Product> live = products.stream().filter(Product::isLive).toList();
        return new ReindexPage(products.size(), live.isEmpty() ? List.of() : documents(live),
                products.get(products.size() - 1).getId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long liveCount() {
        return em.createQuery("select count(p) from Product p where p.status = :live", Long.class)
                .setParameter("live", ProductStatus.LIVE)
                .getSingleResult();
    }

    /** Number of product documents Solr holds now. */
    public long indexedCount() {
        try {
            SolrQuery query = new SolrQuery("*:*");
            query.addFilterQuery("doc_type:product");
            query.setRows(0);
            return client.solr().query(query).getResults().getNumFound();
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("Search is unavailable", e);
        }
    }

    /**
     * The ids the index holds that this reindex did not send, walked with a cursor sorted by id.
     * Every page visits every document to find its slice, so the walk costs pages × documents:
     * large pages keep it short (100k documents: 3.1 s at 1,000 ids a page, 1.0 s at 10,000).
     */
    private List<String> staleIds(Set<String> indexed) throws SolrServerException, IOException {
        List<String> stale = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery query = new SolrQuery("*:*");
            query.addFilterQuery("doc_type:product");
            query.setFields("id");
            query.setRows(STALE_PAGE);
            query.setSort("id", SolrQuery.ORDER.asc);
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = client.solr().query(query);
            for (SolrDocument doc : response.getResults()) {
                String id = (String) doc.getFirstValue("id");
                if (!indexed.contains(id)) {
                    stale.add(id);
                }
            }
            String next = response.getNextCursorMark();
            if (next.equals(cursor)) {
                return stale;
            }
            cursor = next;
        }
    }

    /**
     * Loads what a document needs in a few queries per page instead of several per product:
     * producer, group and origin joined, images and certificates batch-read with IN.
     */
    private static TypedQuery<Product> withRelations(TypedQuery<Product> query) {
        // EclipseLink query hints (other providers ignore unknown hints)
        return query
                .setHint("eclipselink.left-join-fetch", "p.producer")
                .setHint("eclipselink.left-join-fetch", "p.group")
                .setHint("eclipselink.left-join-fetch", "p.origin")
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.images")
                .setHint("eclipselink.batch", "p.certificates")
                .setHint("eclipselink.batch", "p.group.parent")
                .setHint("eclipselink.batch", "p.origin.parent");
    }

    private List<SolrInputDocument> documents(List<Product> products) {
        ProductDocuments documents = new ProductDocuments(clock.getZone());
        Map<String, List<String>> formerNames = formerNames(products);
        List<SolrInputDocument> docs = new ArrayList<>(products.size());
        for (Product product : products) {
            SolrInputDocument doc = documents.toDocument(product);
            ProductDocuments.addFormerNames(doc, formerNames.getOrDefault(product.getOrigin().getCode(), List.of()));
            docs.add(doc);
        }
        return docs;
    }

    /** Names of abolished units (and their provinces) that each commune took over. */
    private Map<String, List<String>> formerNames(List<Product> products) {
        Set<String> communes = new HashSet<>();
        products.forEach(p -> communes.add(p.getOrigin().getCode()));
        List<AdminUnit> history = em.createQuery(
                        "select h from AdminUnit h where h.successor.code in :codes", AdminUnit.class)
                .setParameter("codes", communes)
                .getResultList();
        Map<String, List<String>> names = new HashMap<>();
        for (AdminUnit former : history) {
            List<String> list = names.computeIfAbsent(former.getSuccessor().getCode(), k -> new ArrayList<>());
            list.add(former.getName());
            if (former.getParent() != null) {
                list.add(former.getParent().getName());
            }
        }
        return names;
    }
}
