package vn.dacsan.department.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.dacsan.testing.MovableClock;

/** The footer's department contacts: read once, read again after a committed edit or when they have been kept long enough. */
class DepartmentContactsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T03:00:00Z"));
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicReference<UnitView> stored = new AtomicReference<>(unit("0270 000 000"));
    private final DepartmentContacts contacts = new DepartmentContacts(() -> {
        reads.incrementAndGet();
        return Optional.ofNullable(stored.get());
    }, clock, Duration.ofSeconds(60));

    @Test
    void manyPagesShareOneRead() {
        for (int i = 0; i < 100; i++) {
            assertThat(contacts.department().orElseThrow().phones()).isEqualTo("0270 000 000");
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void aCommittedEditIsShownOnTheNextPage() {
        contacts.department();
        stored.set(unit("0270 999 999"));
        contacts.changed(new DepartmentUnitChanged(1));
        assertThat(contacts.department().orElseThrow().phones()).isEqualTo("0270 999 999");
        assertThat(reads).hasValue(2);
    }

    @Test
    void anEditMadeElsewhereIsShownOnceTheContactsHaveBeenKeptLongEnough() {
        contacts.department();
        stored.set(unit("0270 999 999"));
        clock.advance(Duration.ofSeconds(59));
        assertThat(contacts.department().orElseThrow().phones()).isEqualTo("0270 000 000");
        clock.advance(Duration.ofSeconds(1));
        assertThat(contacts.department().orElseThrow().phones()).isEqualTo("0270 999 999");
    }

    @Test
    void aReadThatOverlapsAnEditIsNotKept() {
        AtomicReference<DepartmentContacts> self = new AtomicReference<>();
        DepartmentContacts racing = new DepartmentContacts(() -> {
            UnitView before = stored.get();
            if (reads.incrementAndGet() == 1) {
                // staff commit while this page is still reading the old row
                stored.set(unit("0270 999 999"));
                self.get().changed(new DepartmentUnitChanged(1));
            }
            return Optional.of(before);
        }, clock, Duration.ofSeconds(60));
        self.set(racing);
        assertThat(racing.department().orElseThrow().phones()).isEqualTo("0270 000 000");
        assertThat(racing.department().orElseThrow().phones()).isEqualTo("0270 999 999");
        assertThat(racing.department().orElseThrow().phones()).isEqualTo("0270 999 999");
        assertThat(reads).hasValue(2);
    }

    @Test
    void noDepartmentYetIsKeptToo() {
        stored.set(null);
        assertThat(contacts.department()).isEmpty();
        assertThat(contacts.department()).isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aNegativeKeepingTimeIsRefused() {
        assertThatThrownBy(() -> new DepartmentContacts(Optional::empty, clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dacsan.department.contacts-seconds");
    }

    private static UnitView unit(String phones) {
        return new UnitView(1, "so-cong-thuong", true, "Sở Công Thương tỉnh Bến Tre", "Department of Industry and Trade",
                null, phones, "sct@bentre.gov.vn", null, "Giới thiệu", "About", Instant.EPOCH, "seed", 0);
    }
}
