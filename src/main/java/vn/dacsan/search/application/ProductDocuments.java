package vn.dacsan.search.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.CertificateStatus;
import vn.dacsan.catalog.domain.OcopGroup;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.platform.text.VietnameseText;

/** The one place a product becomes a Solr document. */
public final class ProductDocuments {

    public static final String ID_PREFIX = "product-";
    /** The database version a document was built from; the reconciliation compares it. */
    public static final String STAMP_FIELD = "db_version";

    private final ZoneId zone;

    public ProductDocuments(ZoneId zone) {
        this.zone = zone;
    }

    public static String id(long productId) {
        return ID_PREFIX + productId;
    }

    /**
     * The product's row version and its current certificate with that certificate's status:
     * a certificate revoked or replaced changes the document without touching the product row.
     */
    public static String stamp(int productVersion, Long certificateId, CertificateStatus certificateStatus) {
        return certificateId == null ? productVersion + "" : productVersion + "/" + certificateId + "/" + certificateStatus;
    }

    public SolrInputDocument toDocument(Product product) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField("id", id(product.getId()));
        doc.setField(STAMP_FIELD, product.currentCertificate()
                .map(c -> stamp(product.getVersion(), c.getId(), c.getStatus()))
                .orElseGet(() -> stamp(product.getVersion(), null, null)));
        doc.setField("doc_type", "product");
        doc.setField("slug", product.getSlug());
        doc.setField("name", VietnameseText.nfc(product.getName()));
        doc.setField("name_sort", VietnameseText.fold(product.getName()));
        doc.setField("description", VietnameseText.nfc(product.getDescription()));
        doc.setField("unit", product.getUnit());
        if (!product.getImages().isEmpty()) {
            doc.setField("image", product.getImages().get(0).getStorageKey());
        }
        doc.setField("producer_id", product.getProducer().getId());
        doc.setField("producer_slug", product.getProducer().getSlug());
        doc.setField("producer_name", VietnameseText.nfc(product.getProducer().getName()));
        doc.setField("producer_kind", product.getProducer().getKind().name());

        OcopGroup group = product.getGroup();
        doc.setField("group", group.topLevel().getSlug());
        if (group.getParent() != null) {
            doc.setField("subgroup", group.getCode());
            doc.addField("group_name", VietnameseText.nfc(group.getNameVi()));
        }
        doc.addField("group_name", VietnameseText.nfc(group.topLevel().getNameVi()));

        AdminUnit commune = product.getOrigin();
        AdminUnit province = commune.province();
        doc.setField("commune", commune.getCode());
        doc.setField("province", province.getCode());
        doc.addField("origin_name", VietnameseText.nfc(commune.getName()));
        if (province != commune) {
            doc.addField("origin_name", VietnameseText.nfc(province.getName()));
        }

        doc.setField("price", product.getPriceVnd());
        doc.setField("stock", product.getStock());
        doc.setField("created_at", Date.from(product.getCreatedAt()));
        doc.setField("featured", product.isFeatured());

        product.currentCertificate()
                .filter(c -> c.getStatus() == CertificateStatus.VALID)
                .ifPresent(c -> {
                    doc.setField("stars", c.getStars());
                    doc.setField("cert_valid_from", startOf(c.getDecisionDate()));
                    // valid through the whole valid-until day, local time
                    doc.setField("cert_valid_until", startOf(c.getValidUntil().plusDays(1)));
                });
        return doc;
    }

    /** Extra names a place was known by, so "Bến Tre" still finds products from its communes. */
    public static void addFormerNames(SolrInputDocument doc, List<String> formerNames) {
        for (String name : formerNames) {
            doc.addField("origin_name", VietnameseText.nfc(name));
        }
    }

    private Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
