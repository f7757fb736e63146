package vn.dacsan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.dacsan.account.web.CurrentAccount;
import vn.dacsan.news.application.NewsDesk;
import vn.dacsan.news.application.StaffArticle;

/** The staff list of articles (/quan-ly/tin-tuc), every state, newest change first. */
@Named
@RequestScoped
public class NewsDeskPage {

    @Inject
    NewsDesk desk;
    @Inject
    CurrentAccount currentAccount;

    private List<StaffArticle> articles;

    public List<StaffArticle> getArticles() {
        if (articles == null) {
            articles = desk.list(currentAccount.getProfile());
        }
        return articles;
    }
}
