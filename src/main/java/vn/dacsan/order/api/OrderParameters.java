package vn.dacsan.order.api;

import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.dacsan.order.domain.OrderState;
import vn.dacsan.platform.api.Problem;

/** Query parameters of the order endpoints, read strictly: a typo is a 400 that names the parameter. */
final class OrderParameters {

    private OrderParameters() {
    }

    static OrderState state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrderState.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(Problem.response(400, "Invalid parameter",
                    "state must be PLACED, CONFIRMED, SHIPPED, DELIVERED or CANCELLED", "state"));
        }
    }

    static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new WebApplicationException(Problem.response(400, "Invalid parameter", name + " must be a day as yyyy-MM-dd", name));
        }
    }
}
