package vn.dacsan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import vn.dacsan.platform.web.Storefront;

/**
 * Trade fairs and campaigns (/su-kien?thang=2026-12): the upcoming list, the month's events as a
 * list, and a month calendar: PrimeFaces' Schedule started by storefront.js from the JSON in
 * {@link #getScheduleData()}, over a plain table drawn on the server for readers without script.
 */
@Named
@RequestScoped
public class EventsPage {

    @Inject
    NewsReader reader;
    @Inject
    HttpServletRequest request;
    @Inject
    Storefront storefront;

    /** One calendar cell: a day, whether it belongs to the month shown, and the events running that day. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<EventView> events) {
    }

    private YearMonth month;
    private List<List<Day>> weeks;
    private List<EventView> upcoming;
    private List<EventView> monthEvents;

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

    /** Events running on any day of the month shown, by start date. */
    public List<EventView> getMonthEvents() {
        if (monthEvents == null) {
            monthEvents = reader.events(getMonth().atDay(1), getMonth().atEndOfMonth());
        }
        return monthEvents;
    }

    /**
     * What the Schedule widget needs, as JSON for a data attribute: the language, the month, and
     * the month's events as all-day entries (FullCalendar's end date is exclusive) linking to
     * their entry in the month's list.
     */
    public String getScheduleData() {
        JsonArrayBuilder events = Json.createArrayBuilder();
        for (EventView e : getMonthEvents()) {
            events.add(Json.createObjectBuilder()
                    .add("id", String.valueOf(e.id()))
                    .add("title", e.title())
                    .add("start", e.startsOn().toString())
                    .add("end", e.endsOn().plusDays(1).toString())
                    .add("allDay", true)
                    .add("url", "#month-event-" + e.slug()));
        }
        return Json.createObjectBuilder()
                .add("locale", storefront.getLanguage())
                .add("initialDate", getMonth().atDay(1).toString())
                .add("events", events)
                .build().toString();
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
