package vn.dacsan.news.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.dacsan.catalog.domain.AdminUnit;
import vn.dacsan.news.application.ArticleHtml;
import vn.dacsan.news.domain.Article;
import vn.dacsan.news.domain.ArticleAudit;
import vn.dacsan.news.domain.ArticleContent;
import vn.dacsan.news.domain.AuditAction;
import vn.dacsan.news.domain.NewsEvent;
import vn.dacsan.platform.text.VietnameseText;
import vn.dacsan.search.application.SearchOutbox;

/**
 * Demo news (demo/news.json): events dated from today and articles that link the demo
 * catalogue's products and producers by slug; one article waits on the publishing schedule.
 */
public final class DemoNews {

    public static final String RESOURCE = "/demo/news.json";
    /** The name the log shows for demo articles. */
    static final String ACTOR = "Dữ liệu mẫu";

    private final JsonObject json;

    private DemoNews(JsonObject json) {
        this.json = json;
    }

    public static DemoNews read() {
        try (InputStream in = DemoNews.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return new DemoNews(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int articleCount() {
        return json.getJsonArray("articles").size();
    }

    /** Writes the events and articles; linked products must be live in the catalogue already. */
    public void loadInto(EntityManager em, SearchOutbox outbox, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> events = new HashMap<>();
        for (JsonObject e : json.getJsonArray("events").getValuesAs(JsonObject.class)) {
            LocalDate starts = today.plusDays(e.getInt("startsInDays"));
            NewsEvent event = new NewsEvent(e.getString("slug"), e.getString("title"), e.getString("description"),
                    starts, starts.plusDays(e.getInt("days") - 1L), e.getString("venue", null),
                    unit(em, e.getString("commune", null)), unit(em, e.getString("province", null)), now);
            em.persist(event);
            em.flush();
            events.put(event.getSlug(), event.getId());
        }
        for (JsonObject a : json.getJsonArray("articles").getValuesAs(JsonObject.class)) {
            String title = a.getString("title");
            ArticleHtml.Cleaned body = ArticleHtml.clean(a.getString("body"));
            if (body.removedActive()) {
                throw new IllegalStateException("Demo article '" + title + "' has active content: " + body.removedActiveContent());
            }
            Set<String> tags = new LinkedHashSet<>();
            strings(a.getJsonArray("tags")).forEach(t -> tags.add(t.toLowerCase(java.util.Locale.ROOT)));
            ArticleContent content = new ArticleContent(VietnameseText.slug(title), title, a.getString("summary"),
                    body.html(), null, tags, ids(em, "Product", strings(a.getJsonArray("products"))),
                    ids(em, "Producer", strings(a.getJsonArray("producers"))),
                    new LinkedHashSet<>(strings(a.getJsonArray("events")).stream().map(slug -> {
                        Long id = events.get(slug);
                        if (id == null) {
                            throw new IllegalStateException("Demo article '" + title + "' links unknown event " + slug);
                        }
                        return id;
                    }).toList()));
            boolean scheduled = a.containsKey("scheduledInHours");
            Instant written = scheduled ? now : now.minus(Duration.ofDays(a.getInt("publishedDaysAgo")));
            Article article = new Article(content, written);
            em.persist(article);
            em.flush();
            em.persist(new ArticleAudit(article.getId(), AuditAction.CREATED, null, ACTOR, written, title));
            if (scheduled) {
                Instant at = now.plus(Duration.ofHours(a.getInt("scheduledInHours")));
                article.schedule(at, now);
                em.persist(new ArticleAudit(article.getId(), AuditAction.SCHEDULED, null, ACTOR, now, at.toString()));
            } else {
                article.publish(written);
                em.persist(new ArticleAudit(article.getId(), AuditAction.PUBLISHED, null, ACTOR, written, null));
            }
            outbox.articleChanged(article.getId());
        }
    }

    private static AdminUnit unit(EntityManager em, String code) {
        if (code == null) {
            return null;
        }
        AdminUnit unit = em.find(AdminUnit.class, code);
        if (unit == null) {
            throw new IllegalStateException("Demo event names unknown place " + code);
        }
        return unit;
    }

    private static Set<Long> ids(EntityManager em, String entity, List<String> slugs) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String slug : slugs) {
            List<Long> found = em.createQuery("select x.id from " + entity + " x where x.slug = :slug", Long.class)
                    .setParameter("slug", slug).getResultList();
            if (found.isEmpty()) {
                throw new IllegalStateException("Demo news links unknown " + entity + " " + slug);
            }
            ids.add(found.get(0));
        }
        return ids;
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
