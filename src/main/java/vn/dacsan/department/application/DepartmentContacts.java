package vn.dacsan.department.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The department's own unit as every page's footer shows it, read from the database once and
 * then kept: a page must not query for it on every request. A staff edit on this instance is
 * shown as soon as it commits; an edit made on another instance of a cluster within
 * dacsan.department.contacts-seconds.
 */
@ApplicationScoped
public class DepartmentContacts {

    private Supplier<Optional<UnitView>> reader;
    private Clock clock;
    private Duration keep;

    /** What was read, and when. */
    private record Read(Optional<UnitView> department, Instant at) {
    }

    private final Object lock = new Object();
    private volatile Read last;
    /** Counts committed edits, so a read that overlapped one is not kept. */
    private long generation;

    protected DepartmentContacts() {
        // for the container's proxy
    }

    @Inject
    DepartmentContacts(DepartmentDirectory directory, Clock clock,
                       @ConfigProperty(name = "dacsan.department.contacts-seconds", defaultValue = "60") long seconds) {
        this(directory::department, clock, Duration.ofSeconds(seconds));
    }

    public DepartmentContacts(Supplier<Optional<UnitView>> reader, Clock clock, Duration keep) {
        if (keep.isNegative()) {
            throw new IllegalArgumentException("dacsan.department.contacts-seconds must not be negative: " + keep.toSeconds());
        }
        this.reader = reader;
        this.clock = clock;
        this.keep = keep;
    }

    /** The department (the unit without a parent), or empty while none has been entered. */
    public Optional<UnitView> department() {
        Read read = last;
        Instant now = clock.instant();
        if (read != null && now.isBefore(read.at().plus(keep))) {
            return read.department();
        }
        long started;
        synchronized (lock) {
            started = generation;
        }
        Optional<UnitView> department = reader.get();
        synchronized (lock) {
            // an edit committed while we were reading may not be in what we read: use it once, keep nothing
            if (generation == started) {
                last = new Read(department, now);
            }
        }
        return department;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DepartmentUnitChanged change) {
        forget();
    }

    /** The next footer reads the database again. */
    public void forget() {
        synchronized (lock) {
            generation++;
            last = null;
        }
    }
}
