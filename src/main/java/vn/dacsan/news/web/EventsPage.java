package vn.dacsan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import vn.dacsan.news.application.EventView;
import vn.dacsan.news.application.NewsReader;

/**
 * Trade fairs and campaigns (/su-kien?thang=2026-12): the upcoming list and a month calendar
 * drawn on the server as a plain table (weeks from Monday), with links to the months around it.
 */
@Named
@RequestScoped
public class EventsPage {

    @Inject
    NewsReader reader;
    @Inject
    HttpServletRequest request;

    /** One calendar cell: a day, whether it belongs to the month shown, and the events running that day. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<EventView> events) {
    }

    private YearMonth month;
    private List<List<Day>> weeks;
    private List<EventView> upcoming;

    public YearMonth getMonth() {
        if (month == null) {
            String wanted = request.getParameter("thang");
            try {
                month = wanted == null ? YearMonth.from(reader.today()) : YearMonth.parse(wanted);
            } catch (DateTimeParseException e) {
                month = YearMonth.from(reader.today());
            }
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                month = YearMonth.from(reader.today());
            }
        }
        return month;
    }

    public List<EventView> getUpcoming() {
        if (upcoming == null) {
            upcoming = reader.upcoming(20);
        }
        return upcoming;
    }

    public List<List<Day>> getWeeks() {
        if (weeks == null) {
            LocalDate first = getMonth().atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate last = getMonth().atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            List<EventView> events = reader.events(first, last);
            LocalDate today = reader.today();
            weeks = new ArrayList<>();
            for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
                List<Day> week = new ArrayList<>(7);
                for (int i = 0; i < 7; i++) {
                    LocalDate date = monday.plusDays(i);
                    week.add(new Day(date, YearMonth.from(date).equals(getMonth()), date.equals(today),
                            events.stream().filter(e -> !date.isBefore(e.startsOn()) && !date.isAfter(e.endsOn())).toList()));
                }
                weeks.add(week);
            }
        }
        return weeks;
    }

    public String getMonthLabel() {
        return String.format("%02d/%d", getMonth().getMonthValue(), getMonth().getYear());
    }

    public String getPreviousUrl() {
        return request.getContextPath() + "/su-kien?thang=" + getMonth().minusMonths(1);
    }

    public String getNextUrl() {
        return request.getContextPath() + "/su-kien?thang=" + getMonth().plusMonths(1);
    }
}
