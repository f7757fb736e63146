package vn.dacsan.order.application;

import java.time.LocalDate;
import vn.dacsan.order.domain.OrderState;

/** Which sub-orders staff look at; every part may be null (no filter). Days are Vietnam days, both inclusive. */
public record StaffOrderFilter(OrderState state, Long producerId, LocalDate from, LocalDate to) {
}
