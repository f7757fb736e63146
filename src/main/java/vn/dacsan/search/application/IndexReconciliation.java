package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import vn.dacsan.catalog.domain.CertificateStatus;
import vn.dacsan.catalog.domain.ProductStatus;

/**
 * Checks that the index equals the database: the same live product ids, each indexed at the
 * version the database holds (see {@link ProductDocuments#stamp}). Differences are repaired by
 * re-indexing just those products. Run by staff after an outage, or by an operator over the API.
 */
@ApplicationScoped
public class IndexReconciliation {

    /** How many ids of each kind a report lists (the counts are always complete). */
    static final int LISTED = 100;
    private static final int REPAIR_BATCH = 500;

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    SearchClient client;
    @Inject
    ProductIndex index;
    @Inject
    Clock clock;

    private final AtomicReference<Report> last = new AtomicReference<>();

    public IndexReconciliation() {
    }

    IndexReconciliation(EntityManager em, SearchClient client, ProductIndex index, Clock clock) {
        this.em = em;
        this.client = client;
        this.index = index;
        this.clock = clock;
    }

    /**
     * What a check found: live products in the database, product documents in the index, and
     * the ids missing from the index, in the index but not live, and indexed at another version.
     */
    public record Report(Instant checkedAt, long live, long indexed, long missingCount, long extraCount,
                         long outdatedCount, List<Long> missing, List<Long> extra, List<Long> outdated,
                         int repaired, boolean consistent) {

        public long differences() {
            return missingCount + extraCount + outdatedCount;
        }
    }

    /** The last check or repair since start, if any. */
    public Optional<Report> last() {
        return Optional.ofNullable(last.get());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report check() {
        Differences differences = compare();
        return remember(differences.report(clock.instant(), 0));
    }

    /** Re-indexes every product the check finds different; answers with what it found and sent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report repair() {
        Differences differences = compare();
        List<Long> ids = new ArrayList<>(differences.all());
        for (int from = 0; from < ids.size(); from += REPAIR_BATCH) {
            index.refresh(ids.subList(from, Math.min(ids.size(), from + REPAIR_BATCH)));
        }
        return remember(differences.report(clock.instant(), ids.size()));
    }

    private Report remember(Report report) {
        last.set(report);
        return report;
    }

    private record Differences(long live, long indexed, TreeSet<Long> missing, TreeSet<Long> extra, TreeSet<Long> outdated) {

        TreeSet<Long> all() {
            TreeSet<Long> all = new TreeSet<>(missing);
            all.addAll(extra);
            all.addAll(outdated);
            return all;
        }

        Report report(Instant at, int repaired) {
            return new Report(at, live, indexed, missing.size(), extra.size(), outdated.size(),
                    first(missing), first(extra), first(outdated), repaired,
                    missing.isEmpty() && extra.isEmpty() && outdated.isEmpty());
        }

        private static List<Long> first(TreeSet<Long> ids) {
            return ids.stream().limit(LISTED).toList();
        }
    }

    private Differences compare() {
        Map<Long, String> database = databaseStamps();
        Map<Long, String> indexed = indexStamps();
        TreeSet<Long> missing = new TreeSet<>();
        TreeSet<Long> outdated = new TreeSet<>();
        database.forEach((id, stamp) -> {
            String inIndex = indexed.get(id);
            if (inIndex == null) {
                missing.add(id);
            } else if (!inIndex.equals(stamp)) {
                outdated.add(id);
            }
        });
        TreeSet<Long> extra = new TreeSet<>(indexed.keySet());
        extra.removeAll(database.keySet());
        return new Differences(database.size(), indexed.size(), missing, extra, outdated);
    }

    /** Each live product's stamp: its version and its current certificate (the one a document shows). */
    private Map<Long, String> databaseStamps() {
        Map<Long, Integer> versions = new HashMap<>();
        for (Object[] row : em.createQuery("select p.id, p.version from Product p where p.status = :live", Object[].class)
                .setParameter("live", ProductStatus.LIVE).getResultList()) {
            versions.put((Long) row[0], (Integer) row[1]);
        }
        Map<Long, Object[]> certificates = new HashMap<>();
        for (Object[] row : em.createQuery("select c.product.id, c.id, c.status, c.decisionDate from OcopCertificate c"
                        + " where c.status <> :superseded and c.product.status = :live", Object[].class)
                .setParameter("superseded", CertificateStatus.SUPERSEDED)
                .setParameter("live", ProductStatus.LIVE).getResultList()) {
            // the current certificate is the latest decision, as Product.currentCertificate() picks it
            certificates.merge((Long) row[0], row, (a, b) -> ((LocalDate) b[3]).isAfter((LocalDate) a[3]) ? b : a);
        }
        Map<Long, String> stamps = new HashMap<>();
        versions.forEach((id, version) -> {
            Object[] certificate = certificates.get(id);
            stamps.put(id, certificate == null
                    ? ProductDocuments.stamp(version, null, null)
                    : ProductDocuments.stamp(version, (Long) certificate[1], (CertificateStatus) certificate[2]));
        });
        return stamps;
    }

    private Map<Long, String> indexStamps() {
        Map<Long, String> stamps = new HashMap<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        try {
            while (true) {
                SolrQuery query = new SolrQuery("*:*");
                query.addFilterQuery("doc_type:product");
                query.setFields("id", ProductDocuments.STAMP_FIELD);
                query.setRows(1000);
                query.setSort("id", SolrQuery.ORDER.asc);
                query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
                QueryResponse response = client.solr().query(query);
                for (SolrDocument doc : response.getResults()) {
                    String id = (String) doc.getFirstValue("id");
                    Object stamp = doc.getFirstValue(ProductDocuments.STAMP_FIELD);
                    stamps.put(Long.parseLong(id.substring(ProductDocuments.ID_PREFIX.length())),
                            stamp == null ? "" : stamp.toString());
                }
                String next = response.getNextCursorMark();
                if (next.equals(cursor)) {
                    return stamps;
                }
                cursor = next;
            }
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("Cannot read the search index: " + e.getMessage(), e);
        }
    }
}
