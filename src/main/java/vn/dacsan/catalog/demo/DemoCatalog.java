package vn.dacsan.catalog.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.dacsan.catalog.domain.AdminLevel;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.catalog.domain.OcopCertificate;
import vn.dacsan.catalog.domain.OcopGroup;
import vn.dacsan.catalog.domain.Producer;
import vn.dacsan.catalog.domain.ProducerKind;
import vn.dacsan.catalog.domain.Product;
import vn.dacsan.media.MediaStore;
import vn.dacsan.search.application.SearchOutbox;

/**
 * The demo catalogue (demo/catalog.json): communes, producers, products with certificates
 * and drawn pictures. Dates are relative to today, so some certificates are always expiring
 * and some expired. Loaded into an empty database inside the caller's transaction.
 */
public final class DemoCatalog {

    public static final String RESOURCE = "/demo/catalog.json";
    private static final LocalDate MERGER_EVE = LocalDate.of(2025, 6, 30);

    private final JsonObject data;

    private DemoCatalog(JsonObject data) {
        this.data = data;
    }

    public static DemoCatalog read() {
        try (InputStream in = DemoCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return new DemoCatalog(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int productCount() {
        return data.getJsonArray("products").size();
    }

    /** Persists the whole catalogue; every product goes through the search outbox. */
    public void loadInto(EntityManager em, SearchOutbox outbox, MediaStore media, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);

        Map<String, AdminUnit> communes = new HashMap<>();
        for (JsonValue value : data.getJsonArray("communes")) {
            JsonObject c = value.asJsonObject();
            AdminUnit province = em.find(AdminUnit.class, c.getString("province"));
            if (province == null) {
                throw new IllegalStateException("Unknown province " + c.getString("province"));
            }
            AdminUnit commune = em.find(AdminUnit.class, c.getString("code"));
            if (commune == null) {
                commune = new AdminUnit(c.getString("code"), c.getString("name"),
                        AdminLevel.valueOf(c.getString("level", "COMMUNE")), province);
                em.persist(commune);
                String former = c.getString("formerName", null);
                if (former != null && !former.isBlank()) {
                    em.persist(AdminUnit.former(c.getString("code") + ".truoc-2025", former, AdminLevel.COMMUNE,
                            commune, MERGER_EVE));
                }
            }
            communes.put(commune.getCode(), commune);
        }

        Map<String, Producer> producers = new HashMap<>();
        for (JsonValue value : data.getJsonArray("producers")) {
            JsonObject p = value.asJsonObject();
            Producer producer = new Producer(p.getString("slug"), p.getString("name"),
                    ProducerKind.valueOf(p.getString("kind")), p.getString("registrationNumber"),
                    p.getString("legalRepresentative"), required(communes, p.getString("commune")),
                    now.minus(Duration.ofDays(500)));
            producer.contact(p.getString("street", null), p.getString("phone", null), p.getString("email", null),
                    p.getString("description", null));
            producer.verify();
            em.persist(producer);
            producers.put(producer.getSlug(), producer);
        }

        for (JsonValue value : data.getJsonArray("products")) {
            JsonObject p = value.asJsonObject();
            Product product = new Product(p.getString("slug"), p.getString("name"), p.getString("description"),
                    p.getJsonNumber("priceVnd").longValueExact(), p.getString("unit"), p.getInt("stock"),
                    group(em, p.getString("group")), required(producers, p.getString("producer")),
                    required(communes, p.getString("origin")),
                    now.minus(Duration.ofDays(p.getInt("createdDaysAgo", 30))));
            product.feature(p.getBoolean("featured", false));
            JsonObject image = p.getJsonObject("image");
            String key = "demo/" + product.getSlug() + ".svg";
            media.put(key, DemoImages.draw(image == null ? null : image.getString("motif", null),
                    image == null ? null : image.getString("color", null), product.getName()));
            product.addImage(key, "image/svg+xml", product.getName());
            String labelKey = "demo/" + product.getSlug() + "-nhan.svg";
            media.put(labelKey, DemoImages.label(product.getName(), product.getProducer().getName(), product.getUnit(),
                    image == null ? null : image.getString("color", null)));
            product.addImage(labelKey, "image/svg+xml", "Nhãn " + product.getName());
            if (p.containsKey("certificate") && !p.isNull("certificate")) {
                JsonObject c = p.getJsonObject("certificate");
                OcopCertificate certificate = product.certify(c.getInt("stars"),
                        c.containsKey("score") && !c.isNull("score") ? c.getInt("score") : null,
                        c.getString("decisionNumber"), today.minusDays(c.getInt("signedDaysAgo")),
                        c.getString("issuer"), group(em, c.getString("group")));
                if ("REVOKED".equals(c.getString("status", "VALID"))) {
                    certificate.revoke("Thu hồi theo quyết định của cơ quan cấp");
                }
            }
            product.publish(now.minus(Duration.ofDays(p.getInt("createdDaysAgo", 30))));
            em.persist(product);
            em.flush();
            outbox.productChanged(product.getId());
        }
    }

    private static OcopGroup group(EntityManager em, String code) {
        OcopGroup group = em.find(OcopGroup.class, code);
        if (group == null) {
            throw new IllegalStateException("Unknown OCOP group " + code);
        }
        return group;
    }

    private static <T> T required(Map<String, T> values, String key) {
        T value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("Demo data refers to unknown " + key);
        }
        return value;
    }
}
