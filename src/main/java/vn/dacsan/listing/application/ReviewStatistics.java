package vn.dacsan.listing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.dacsan.listing.domain.RevisionState;

/**
 * How the department keeps its review deadlines: per month of submission, how many listings
 * were received, decided, and decided on time (on or before the due date); per reviewer the
 * same for staff. A submission still open past its due date counts as late already.
 */
@ApplicationScoped
@Transactional
public class ReviewStatistics {

    @PersistenceContext(unitName = "marketplace")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ReviewSettings settings;

    public ReviewStatistics() {
    }

    public ReviewStatistics(EntityManager em, Clock clock, ReviewSettings settings) {
        this.em = em;
        this.clock = clock;
        this.settings = settings;
    }

    /** One month's figures; the rate is null while nothing was decided. */
    public record Month(YearMonth month, long received, long decided, long onTime, long openOverdue) {
        public Double onTimeRate() {
            return decided == 0 ? null : (double) onTime / decided;
        }
    }

    /** One reviewer's figures. */
    public record Reviewer(String name, long decided, long onTime, long approved, long rejected) {
        public Double onTimeRate() {
            return decided == 0 ? null : (double) onTime / decided;
        }
    }

    private record Row(Instant submittedAt, LocalDate dueOn, Instant decidedAt, Long decidedBy, RevisionState state) {
    }

    /** The last {@code months} months, newest first, including months with nothing received. */
    public List<Month> monthly(int months) {
        ZoneId zone = settings.zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        YearMonth newest = YearMonth.from(today);
        YearMonth oldest = newest.minusMonths(Math.max(1, months) - 1L);
        Map<YearMonth, List<Row>> byMonth = rows(oldest.atDay(1).atStartOfDay(zone).toInstant()).stream()
                .collect(Collectors.groupingBy(r -> YearMonth.from(LocalDate.ofInstant(r.submittedAt(), zone)), TreeMap::new, Collectors.toList()));
        List<Month> result = new ArrayList<>();
        for (YearMonth month = newest; !month.isBefore(oldest); month = month.minusMonths(1)) {
            List<Row> rows = byMonth.getOrDefault(month, List.of());
            long decided = rows.stream().filter(r -> r.decidedAt() != null).count();
            long onTime = rows.stream().filter(r -> onTime(r, zone)).count();
            long openOverdue = rows.stream().filter(r -> r.decidedAt() == null && today.isAfter(r.dueOn())).count();
            result.add(new Month(month, rows.size(), decided, onTime, openOverdue));
        }
        return result;
    }

    /** Each reviewer's decisions over the last {@code months} months, most decisions first. */
    public List<Reviewer> reviewers(int months) {
        ZoneId zone = settings.zone();
        YearMonth oldest = YearMonth.from(LocalDate.ofInstant(clock.instant(), zone)).minusMonths(Math.max(1, months) - 1L);
        List<Row> decided = rows(oldest.atDay(1).atStartOfDay(zone).toInstant()).stream().filter(r -> r.decidedBy() != null).toList();
        Map<Long, String> names = decided.isEmpty() ? Map.of() : em.createQuery(
                        "select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", decided.stream().map(Row::decidedBy).distinct().toList())
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        return decided.stream().collect(Collectors.groupingBy(Row::decidedBy)).entrySet().stream()
                .map(e -> new Reviewer(names.getOrDefault(e.getKey(), "#" + e.getKey()), e.getValue().size(),
                        e.getValue().stream().filter(r -> onTime(r, zone)).count(),
                        e.getValue().stream().filter(r -> r.state() == RevisionState.APPROVED).count(),
                        e.getValue().stream().filter(r -> r.state() == RevisionState.REJECTED).count()))
                .sorted(Comparator.comparingLong(Reviewer::decided).reversed().thenComparing(Reviewer::name))
                .toList();
    }

    private static boolean onTime(Row row, ZoneId zone) {
        return row.decidedAt() != null && !LocalDate.ofInstant(row.decidedAt(), zone).isAfter(row.dueOn());
    }

    private List<Row> rows(Instant since) {
        return em.createQuery("select r.submittedAt, r.dueOn, r.decidedAt, r.decidedBy, r.state from ListingRevision r"
                        + " where r.submittedAt >= :since", Object[].class)
                .setParameter("since", since)
                .getResultStream()
                .map(r -> new Row((Instant) r[0], (LocalDate) r[1], (Instant) r[2], (Long) r[3], (RevisionState) r[4]))
                .toList();
    }

}
