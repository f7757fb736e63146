package vn.dacsan.listing.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The department's working days: Monday to Friday, except public holidays. Review deadlines
 * are counted in these days.
 */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    /**
     * Holidays written as ISO dates or inclusive ranges, separated by commas or spaces:
     * {@code 2026-01-01, 2026-02-16..2026-02-20}.
     */
    public static WorkingCalendar parse(String holidays) {
        Set<LocalDate> days = new TreeSet<>();
        if (holidays != null) {
            for (String item : holidays.split("[,\\s]+")) {
                if (item.isBlank()) {
                    continue;
                }
                try {
                    int range = item.indexOf("..");
                    if (range < 0) {
                        days.add(LocalDate.parse(item));
                    } else {
                        LocalDate from = LocalDate.parse(item.substring(0, range));
                        LocalDate to = LocalDate.parse(item.substring(range + 2));
                        if (to.isBefore(from)) {
                            throw new IllegalArgumentException("Holiday range ends before it starts: " + item);
                        }
                        from.datesUntil(to.plusDays(1)).forEach(days::add);
                    }
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("Not a holiday date or range (use 2026-04-30 or 2026-02-16..2026-02-20): " + item, e);
                }
            }
        }
        return new WorkingCalendar(days);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The day by which something received on {@code received} must be done when the rule is
     * {@code workingDays} working days: the day of receipt does not count, and the deadline is
     * always a working day. Received on a Friday with 3 days: due Wednesday.
     */
    public LocalDate dueDate(LocalDate received, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A deadline needs at least one working day");
        }
        LocalDate day = received;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        return (int) from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
    }
}
