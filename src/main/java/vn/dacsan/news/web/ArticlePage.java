package vn.dacsan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.dacsan.news.application.ArticleDetails;
import vn.dacsan.news.application.NewsReader;
import vn.dacsan.platform.web.SiteAddress;

/** A published article (/tin-tuc/{slug}) with the live products it links as cards. */
@Named
@RequestScoped
public class ArticlePage {

    @Inject
    NewsReader reader;
    @Inject
    HttpServletRequest request;
    @Inject
    SiteAddress site;

    private ArticleDetails article;

    public void load() {
        Object slug = request.getAttribute("slug");
        article = slug == null ? null : reader.article(slug.toString()).orElse(null);
        if (article == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    public ArticleDetails getArticle() {
        return article;
    }

    public String getCanonicalUrl() {
        return site.absolute(request, "/tin-tuc/" + article.slug());
    }
}
