package vn.dacsan.order.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import vn.dacsan.order.domain.OrderState;

/** Which sub-orders staff look at; every part may be null (no filter). Days are Vietnam days, both inclusive. */
public record StaffOrderFilter(OrderState state, Long producerId, LocalDate from, LocalDate to) {

    /**
     * The JPQL conditions (each starting with " and ") on sub-order {@code s} of order {@code o},
     * with their values put into {@code parameters}; days start at midnight in {@code zone}.
     */
    String conditions(ZoneId zone, Map<String, Object> parameters) {
        StringBuilder jpql = new StringBuilder();
        if (state != null) {
            jpql.append(" and s.state = :state");
            parameters.put("state", state);
        }
        if (producerId != null) {
            jpql.append(" and s.producerId = :producer");
            parameters.put("producer", producerId);
        }
        if (from != null) {
            jpql.append(" and o.createdAt >= :from");
            parameters.put("from", from.atStartOfDay(zone).toInstant());
        }
        if (to != null) {
            jpql.append(" and o.createdAt < :to");
            parameters.put("to", to.plusDays(1).atStartOfDay(zone).toInstant());
        }
        return jpql.toString();
    }
}
