package vn.dacsan.listing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.dacsan.listing.application.ReviewSettings;
import vn.dacsan.listing.application.ReviewStatistics;

/**
 * The public page (/minh-bach) on how the department keeps its review deadlines, month by
 * month; staff see the same per reviewer in their area.
 */
@Named
@RequestScoped
public class TransparencyPage {

    static final int MONTHS = 12;

    @Inject
    ReviewStatistics statistics;
    @Inject
    ReviewSettings settings;

    private List<ReviewStatistics.Month> months;
    private List<ReviewStatistics.Reviewer> reviewers;

    public List<ReviewStatistics.Month> getMonths() {
        if (months == null) {
            months = statistics.monthly(MONTHS);
        }
        return months;
    }

    public List<ReviewStatistics.Reviewer> getReviewers() {
        if (reviewers == null) {
            reviewers = statistics.reviewers(MONTHS);
        }
        return reviewers;
    }

    public int getWorkingDays() {
        return settings.workingDays();
    }

    /** "92 %" or "—" while nothing was decided. */
    public String percent(Double rate) {
        return rate == null ? "—" : Math.round(rate * 100) + " %";
    }

    public String monthLabel(ReviewStatistics.Month month) {
        return String.format("%02d/%d", month.month().getMonthValue(), month.month().getYear());
    }
}
