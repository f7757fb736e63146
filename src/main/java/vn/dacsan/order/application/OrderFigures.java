package vn.dacsan.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.catalog.domain.OcopGroup;
import vn.dacsan.catalog.domain.Producer;
import vn.dacsan.order.domain.OrderState;

/**
 * The staff dashboard's figures over every order matching a filter (not only the rows a list
 * shows): parts and revenue per day, per producer and per top-level OCOP product group. Revenue
 * counts parts that are not cancelled; a part whose items fall in two groups counts once in each.
 */
@ApplicationScoped
@Transactional
public class OrderFigures {

    @Inject
    OrderRecords records;
    @Inject
    Clock clock;

    public OrderFigures() {
    }

    public OrderFigures(OrderRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Parts and revenue under one heading (a day, a producer, a group); {@code key} is its code or ISO date. */
    public record Figure(String key, String label, String labelEn, long parts, long revenueVnd) {
    }

    /** Days oldest first (for a time axis); producers and groups by revenue, largest first. */
    public record Report(List<Figure> perDay, List<Figure> perProducer, List<Figure> perGroup) {

        public long revenueVnd() {
            return perDay.stream().mapToLong(Figure::revenueVnd).sum();
        }

        public long parts() {
            return perDay.stream().mapToLong(Figure::parts).sum();
        }
    }

    public Report report(AccountProfile staff, StaffOrderFilter filter) {
        if (!staff.isStaff()) {
            throw new NotYourOrderException();
        }
        EntityManager em = records.em();
        ZoneId zone = clock.getZone();
        Map<String, Object> parameters = new HashMap<>();
        String where = " where s.state <> :cancelled" + filter.conditions(zone, parameters);
        parameters.put("cancelled", OrderState.CANCELLED);

        TypedQuery<Object[]> partsQuery = em.createQuery("select s.id, o.createdAt, s.producerId, s.subtotalVnd"
                + " from SubOrder s join s.order o" + where, Object[].class);
        parameters.forEach(partsQuery::setParameter);
        Map<LocalDate, Tally> days = new TreeMap<>();
        Map<Long, Tally> producers = new HashMap<>();
        for (Object[] row : partsQuery.getResultList()) {
            long part = (Long) row[0];
            long subtotal = ((Number) row[3]).longValue();
            days.computeIfAbsent(LocalDate.ofInstant((java.time.Instant) row[1], zone), d -> new Tally()).add(part, subtotal);
            producers.computeIfAbsent((Long) row[2], p -> new Tally()).add(part, subtotal);
        }

        TypedQuery<Object[]> itemsQuery = em.createQuery("select s.id, p.group.code, i.lineTotalVnd from OrderItem i join i.subOrder s"
                + " join s.order o, Product p" + where + " and p.id = i.productId", Object[].class);
        parameters.forEach(itemsQuery::setParameter);
        Map<String, OcopGroup> groups = new HashMap<>();
        em.createQuery("select g from OcopGroup g", OcopGroup.class).getResultList().forEach(g -> groups.put(g.getCode(), g));
        Map<String, Tally> topGroups = new HashMap<>();
        for (Object[] row : itemsQuery.getResultList()) {
            OcopGroup top = topLevel(groups.get((String) row[1]));
            topGroups.computeIfAbsent(top.getCode(), g -> new Tally()).add((Long) row[0], ((Number) row[2]).longValue());
        }

        List<Figure> perDay = days.entrySet().stream().map(e -> e.getValue().figure(e.getKey().toString(),
                String.format("%02d/%02d/%d", e.getKey().getDayOfMonth(), e.getKey().getMonthValue(), e.getKey().getYear()), null)).toList();
        Map<Long, String> names = producerNames(em, producers.keySet());
        List<Figure> perProducer = producers.entrySet().stream()
                .map(e -> e.getValue().figure(e.getKey().toString(), names.getOrDefault(e.getKey(), "#" + e.getKey()), null))
                .sorted(LARGEST_FIRST).toList();
        List<Figure> perGroup = topGroups.entrySet().stream()
                .map(e -> e.getValue().figure(e.getKey(), groups.get(e.getKey()).getNameVi(), groups.get(e.getKey()).getNameEn()))
                .sorted(LARGEST_FIRST).toList();
        return new Report(perDay, perProducer, perGroup);
    }

    private static final Comparator<Figure> LARGEST_FIRST = Comparator.comparingLong(Figure::revenueVnd).reversed()
            .thenComparing(Figure::label);

    private static OcopGroup topLevel(OcopGroup group) {
        OcopGroup top = group;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top;
    }

    private static Map<Long, String> producerNames(EntityManager em, Set<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select p from Producer p where p.id in :ids", Producer.class).setParameter("ids", ids)
                    .getResultList().forEach(p -> names.put(p.getId(), p.getName()));
        }
        return names;
    }

    /** Distinct parts and the money under one heading. */
    private static final class Tally {
        private final Set<Long> parts = new HashSet<>();
        private long revenue;

        void add(long part, long amount) {
            parts.add(part);
            revenue += amount;
        }

        Figure figure(String key, String label, String labelEn) {
            return new Figure(key, label, labelEn == null ? label : labelEn, parts.size(), revenue);
        }
    }
}
