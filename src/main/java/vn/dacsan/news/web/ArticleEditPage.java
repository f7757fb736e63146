package vn.dacsan.news.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.account.web.CurrentAccount;
import vn.dacsan.listing.application.FieldError;
import vn.dacsan.media.MediaUploads;
import vn.dacsan.media.StoredUpload;
import vn.dacsan.media.UploadPurpose;
import vn.dacsan.media.UploadRejectedException;
import vn.dacsan.news.application.ArticleDraft;
import vn.dacsan.news.application.ArticleNotFoundException;
import vn.dacsan.news.application.InvalidArticleException;
import vn.dacsan.news.application.NewsDesk;
import vn.dacsan.news.application.StaffArticle;
import vn.dacsan.news.domain.ArticleStateException;
import vn.dacsan.platform.web.Storefront;

/**
 * Writing one article (/quan-ly/bai-viet.xhtml?id=…, no id for a new one): the form with errors
 * beside its fields, a cover upload, and schedule / publish / archive with the log below.
 */
@Named
@ViewScoped
public class ArticleEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int COVER_SIZE = 1200;
    private static final String FORM = "article";
    private static final Map<String, String> INPUTS = Map.of("title", "title", "slug", "slug", "summary", "summary",
            "body", "body", "coverKey", "cover", "tags", "tags", "productIds", "products", "producerIds", "producers",
            "eventIds", "events", "publishAt", "publishAt");

    @Inject
    NewsDesk desk;
    @Inject
    MediaUploads uploads;
    @Inject
    CurrentAccount currentAccount;
    @Inject
    Storefront storefront;
    @Inject
    Clock clock;

    private Long id;
    private StaffArticle article;
    private String title;
    private String slug;
    private String summary;
    private String body;
    private String coverKey;
    private String tags;
    private String products;
    private String producers;
    private String events;
    private String publishAt;
    private transient Part cover;

    /** Reads the article named by ?id (on the first GET only). */
    public void load() {
        if (id != null && article == null) {
            try {
                article = desk.details(staff(), id);
            } catch (ArticleNotFoundException e) {
                id = null;
                return;
            }
            title = article.title();
            slug = article.slug();
            summary = article.summary();
            body = article.body();
            coverKey = article.coverKey();
            tags = String.join(", ", article.tags());
            products = joined(article.productIds());
            producers = joined(article.producerIds());
            events = joined(article.eventIds());
        }
    }

    public String save() {
        if (!receiveCover()) {
            return null;
        }
        try {
            ArticleDraft draft = new ArticleDraft(slug, title, summary, body, coverKey, split(tags),
                    numbers(products, "products"), numbers(producers, "producers"), numbers(events, "events"));
            if (FacesContext.getCurrentInstance().isValidationFailed()) {
                return null;
            }
            if (id == null) {
                id = desk.create(staff(), draft, storefront.getLocale());
            } else {
                desk.update(staff(), id, draft, storefront.getLocale());
            }
        } catch (InvalidArticleException e) {
            show(e);
            return null;
        } catch (ArticleStateException e) {
            global(FacesMessage.SEVERITY_ERROR, storefront.text("news.staff.conflict", e.getMessage()));
            return null;
        }
        return done("news.staff.saved");
    }

    public String schedule() {
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(publishAt == null ? "" : publishAt.strip());
        } catch (DateTimeParseException e) {
            error("publishAt", storefront.text("news.invalid.datetime"));
            return null;
        }
        return step(s -> desk.schedule(s, id, local.atZone(clock.getZone()).toInstant(), storefront.getLocale()),
                "news.staff.scheduled");
    }

    public String publish() {
        return step(s -> desk.publish(s, id), "news.staff.publishedNow");
    }

    public String archive() {
        return step(s -> desk.archive(s, id), "news.staff.archivedNow");
    }

    private String step(Consumer<AccountProfile> action, String doneKey) {
        try {
            action.accept(staff());
        } catch (InvalidArticleException e) {
            show(e);
            return null;
        } catch (ArticleStateException | ArticleNotFoundException e) {
            global(FacesMessage.SEVERITY_ERROR, storefront.text("news.staff.conflict", e.getMessage()));
            return null;
        }
        return done(doneKey);
    }

    private String done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        global(FacesMessage.SEVERITY_INFO, storefront.text(key));
        return "/quan-ly/bai-viet.xhtml?faces-redirect=true&id=" + id;
    }

    /** Stores a chosen cover picture; false (with the refusal beside the field) when it is refused. */
    private boolean receiveCover() {
        if (cover == null || cover.getSize() == 0) {
            return true;
        }
        try (InputStream in = cover.getInputStream()) {
            StoredUpload stored = uploads.accept(in, cover.getSubmittedFileName(), UploadPurpose.NEWS_COVER);
            coverKey = stored.thumbnail(COVER_SIZE).map(StoredUpload.Thumbnail::key).orElse(stored.key());
            return true;
        } catch (UploadRejectedException e) {
            error("cover", e.message(storefront.getLocale()));
        } catch (IOException e) {
            error("cover", storefront.text("seller.upload.failed"));
        }
        return false;
    }

    private List<Long> numbers(String text, String input) {
        try {
            return split(text).stream().map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            error(input, storefront.text("news.field.idsHint"));
            return List.of();
        }
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String joined(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private void show(InvalidArticleException e) {
        for (FieldError error : e.errors()) {
            String input = INPUTS.get(error.field());
            FacesContext.getCurrentInstance().addMessage(input == null ? null : FORM + ":" + input,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message()));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private void error(String input, String text) {
        FacesContext.getCurrentInstance().addMessage(FORM + ":" + input, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void global(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    private AccountProfile staff() {
        return currentAccount.getProfile();
    }

    public StaffArticle getArticle() {
        return article;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCoverKey() {
        return coverKey;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getProducts() {
        return products;
    }

    public void setProducts(String products) {
        this.products = products;
    }

    public String getProducers() {
        return producers;
    }

    public void setProducers(String producers) {
        this.producers = producers;
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events;
    }

    public String getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }

    public Part getCover() {
        return cover;
    }

    public void setCover(Part cover) {
        this.cover = cover;
    }
}
