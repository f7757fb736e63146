package vn.dacsan.listing.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dacsan.listing.domain.WorkingCalendar;

/**
 * How long the department has to decide a submission (dacsan.review.working-days, default 3)
 * and which days do not count (dacsan.review.holidays: ISO dates and ranges; weekends never
 * count). The default list holds the public holidays of 2026 and the fixed ones of 2027; the
 * department adds each year's lunar holidays when the government announces them.
 */
@ApplicationScoped
public class ReviewSettings {

    public static final String DEFAULT_HOLIDAYS = "2026-01-01, 2026-02-16..2026-02-20, 2026-04-27, 2026-04-30, 2026-05-01, "
            + "2026-09-01, 2026-09-02, 2027-01-01, 2027-04-30, 2027-05-01, 2027-09-02";

    @Inject
    @ConfigProperty(name = "dacsan.review.working-days", defaultValue = "3")
    int workingDays;
    @Inject
    @ConfigProperty(name = "dacsan.review.holidays", defaultValue = DEFAULT_HOLIDAYS)
    String holidays;
    @Inject
    @ConfigProperty(name = "dacsan.timezone", defaultValue = "Asia/Ho_Chi_Minh")
    String timezone;

    private WorkingCalendar calendar;
    private ZoneId zone;

    public ReviewSettings() {
    }

    public ReviewSettings(int workingDays, WorkingCalendar calendar, ZoneId zone) {
        this.workingDays = workingDays;
        this.calendar = calendar;
        this.zone = zone;
    }

    @PostConstruct
    void init() {
        if (workingDays < 1) {
            throw new IllegalStateException("dacsan.review.working-days must be at least 1, not " + workingDays);
        }
        calendar = WorkingCalendar.parse(holidays);
        zone = ZoneId.of(timezone);
    }

    public int workingDays() {
        return workingDays;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate dueDate(LocalDate received) {
        return calendar.dueDate(received, workingDays);
    }
}
