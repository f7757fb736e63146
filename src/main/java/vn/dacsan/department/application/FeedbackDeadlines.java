package vn.dacsan.department.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.listing.application.ReviewSettings;
import vn.dacsan.listing.domain.WorkingCalendar;

/**
 * How long the department has to answer a complaint: dacsan.complaints.working-days (default 5)
 * working days after the day it arrives, on the same calendar (weekends, dacsan.review.holidays)
 * and in the same time zone as listing reviews.
 */
@ApplicationScoped
public class FeedbackDeadlines {

    @Inject
    @ConfigProperty(name = "dacsan.complaints.working-days", defaultValue = "5")
    int workingDays;
    @Inject
    ReviewSettings review;

    private WorkingCalendar calendar;
    private ZoneId zone;

    public FeedbackDeadlines() {
    }

    public FeedbackDeadlines(int workingDays, WorkingCalendar calendar, ZoneId zone) {
        this.workingDays = workingDays;
        this.calendar = calendar;
        this.zone = zone;
    }

    @PostConstruct
    void init() {
        if (workingDays < 1) {
            throw new IllegalStateException("dacsan.complaints.working-days must be at least 1, not " + workingDays);
        }
        calendar = review.calendar();
        zone = review.zone();
    }

    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public LocalDate dueDate(LocalDate received) {
        return calendar.dueDate(received, workingDays);
    }

    public ZoneId zone() {
        return zone;
    }
}
