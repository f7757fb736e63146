package vn.dacsan.storefront;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import vn.dacsan.news.application.ArticleHtml;
import vn.dacsan.news.domain.Article;
import vn.dacsan.news.domain.ArticleContent;

/**
 * Added to the WAR by StorefrontBrowserIT only: publishes an article whose body is whatever the
 * sanitizer makes of a hostile payload. The news desk refuses such bodies outright; this probe
 * stores the sanitizer's output anyway, so the browser can show that it runs nothing.
 */
@ApplicationPath("/news-probe")
public class NewsProbeApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Resource.class);
    }

    @Path("/articles")
    @RequestScoped
    public static class Resource {

        @PersistenceContext(unitName = "marketplace")
        EntityManager em;
        @Inject
        Clock clock;

        /** Body: the raw payload; answer: the slug of the published article (linking "Kẹo dừa sáp ca cao"). */
        @POST
        @Consumes(MediaType.TEXT_PLAIN)
        @Produces(MediaType.TEXT_PLAIN)
        @Transactional
        public String publish(String payload) {
            Instant now = clock.instant();
            long candy = em.createQuery("select p.id from Product p where p.slug = 'keo-dua-sap-ca-cao'", Long.class).getSingleResult();
            String slug = "bai-kiem-thu-xss-" + now.toEpochMilli();
            Article article = new Article(new ArticleContent(slug, "Bài kiểm thử mã độc", "Nội dung đã được làm sạch.",
                    ArticleHtml.clean(payload).html(), null, Set.of(), Set.of(candy), Set.of(), Set.of()), now);
            em.persist(article);
            article.publish(now);
            return slug;
        }
    }
}
