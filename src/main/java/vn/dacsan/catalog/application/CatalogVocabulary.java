package vn.dacsan.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dacsan.catalog.domain.AdminLevel;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.OcopGroup;
import vn.dacsan.search.application.SearchVocabulary;
import vn.dacsan.search.application.SearchVocabulary.Label;
import vn.dacsan.search.application.SearchVocabularySource;

/** Facet values and their names from the database, cached for a minute. */
@ApplicationScoped
public class CatalogVocabulary implements SearchVocabularySource {

    private static final Duration TTL = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;

    private volatile SearchVocabulary cached;
    private volatile long loadedAt;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public SearchVocabulary current() {
        SearchVocabulary vocabulary = cached;
        if (vocabulary == null || System.nanoTime() - loadedAt > TTL.toNanos()) {
            vocabulary = load();
            cached = vocabulary;
            loadedAt = System.nanoTime();
        }
        return vocabulary;
    }

    /** Forget the cache (after admin units or groups change). */
    public void invalidate() {
        cached = null;
    }

    private SearchVocabulary load() {
        return loadWith(em);
    }

    /** Reads the vocabulary with the given entity manager (also used outside the server). */
    public SearchVocabulary loadWith(EntityManager em) {
        Map<String, Label> groups = new LinkedHashMap<>();
        // facets use the groups of the taxonomy in force
        Object taxonomy = em.createNativeQuery("select code from ocop_taxonomy where is_current = true")
                .getSingleResult();
        em.createQuery("select g from OcopGroup g where g.taxonomy = :taxonomy"
                        + " and g.parent is null order by g.position", OcopGroup.class)
                .setParameter("taxonomy", taxonomy)
                .getResultList()
                .forEach(g -> groups.put(g.getSlug(), new Label(g.getNameVi(), g.getNameEn())));
        Map<String, Label> provinces = new LinkedHashMap<>();
        Map<String, Label> communes = new LinkedHashMap<>();
        for (AdminUnit unit : em.createQuery("select u from AdminUnit u where u.validTo is null order by u.name", AdminUnit.class)
                .getResultList()) {
            Label label = new Label(unit.getName(), unit.getName());
            if (unit.getLevel() == AdminLevel.PROVINCE) {
                provinces.put(unit.getCode(), label);
            } else if (unit.getLevel() == AdminLevel.COMMUNE || unit.getLevel() == AdminLevel.WARD) {
                communes.put(unit.getCode(), label);
            }
        }
        return new SearchVocabulary(groups, provinces, communes);
    }
}
