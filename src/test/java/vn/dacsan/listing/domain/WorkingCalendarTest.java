package vn.dacsan.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.parse("2026-04-27, 2026-04-30, 2026-05-01, 2026-02-16..2026-02-20");

    @Test
    void weekendsDoNotCount() {
        // Friday + 3 working days = Wednesday
        assertThat(calendar.dueDate(LocalDate.of(2026, 11, 27), 3)).isEqualTo(LocalDate.of(2026, 12, 2));
        // received on a Saturday: Monday is the first day
        assertThat(calendar.dueDate(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.dueDate(LocalDate.of(2026, 11, 23), 3)).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void holidaysDoNotCount() {
        // Wednesday 29 Apr 2026: 30 Apr and 1 May are holidays, then the weekend
        assertThat(calendar.dueDate(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
        // Friday 24 Apr: Monday 27 Apr (Hùng Kings, moved) is off
        assertThat(calendar.dueDate(LocalDate.of(2026, 4, 24), 3)).isEqualTo(LocalDate.of(2026, 5, 4));
        // Tết week 16-20 Feb 2026
        assertThat(calendar.dueDate(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 18))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
    }

    @Test
    void countsWorkingDaysBetweenDates() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 2))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 11, 27))).isEqualTo(-3);
    }

    @Test
    void badConfigurationIsRefusedClearly() {
        assertThatThrownBy(() -> WorkingCalendar.parse("2026-13-01")).hasMessageContaining("2026-13-01");
        assertThatThrownBy(() -> WorkingCalendar.parse("2026-05-02..2026-05-01")).hasMessageContaining("ends before");
        assertThatThrownBy(() -> calendar.dueDate(LocalDate.of(2026, 1, 5), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
