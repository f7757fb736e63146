package vn.dacsan.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.dacsan.listing.application.FieldError;

/** Every checkout problem has a message in Vietnamese and in English, with its numbers filled in. */
class OrderMessagesTest {

    private static final List<String> CODES = List.of("required", "too-long", "too-short", "phone", "email", "payment", "quantity",
            "price", "duplicate-product", "too-many-lines", "key", "not-on-sale", "unknown-province", "unknown-commune");

    @Test
    void everyCodeReadsInBothLanguages() {
        for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
            for (String code : CODES) {
                assertThat(bundle.containsKey("order.invalid." + code)).as(locale + " " + code).isTrue();
                FieldError error = OrderRules.error(locale, "field", code, 999);
                assertThat(error.message()).isNotBlank().doesNotContain("{0");
            }
        }
        assertThat(OrderRules.error(Locale.forLanguageTag("vi"), "q", "quantity", 999).message()).isEqualTo("Số lượng phải từ 1 đến 999.");
    }

    @Test
    void theSameCheckoutTypedDifferentlyHashesTheSame() {
        PlaceOrder typed = new PlaceOrder(List.of(new PlaceOrder.Line(7L, 2, null), new PlaceOrder.Line(3L, 1, 45_000L)),
                new PlaceOrder.Buyer("  Nguyễn Thị Mai ", "+84 912.345.678", "Mai@Example.vn"),
                new PlaceOrder.Address("vinh-long", "vinh-long.an-hoi", "Ấp 3", ""), "cod");
        PlaceOrder again = new PlaceOrder(List.of(new PlaceOrder.Line(3L, 1, 45_000L), new PlaceOrder.Line(7L, 2, null)),
                new PlaceOrder.Buyer("Nguyễn Thị Mai", "0912345678", "mai@example.vn"),
                new PlaceOrder.Address("vinh-long", "vinh-long.an-hoi", "Ấp 3", null), "COD");
        PlaceOrder more = new PlaceOrder(List.of(new PlaceOrder.Line(3L, 2, 45_000L), new PlaceOrder.Line(7L, 2, null)),
                again.buyer(), again.address(), "COD");
        String hash = OrderRules.check(typed, Locale.ENGLISH).hash(null);
        assertThat(OrderRules.check(again, Locale.ENGLISH).hash(null)).isEqualTo(hash);
        assertThat(OrderRules.check(more, Locale.ENGLISH).hash(null)).isNotEqualTo(hash);
        assertThat(OrderRules.check(again, Locale.ENGLISH).hash(42L)).isNotEqualTo(hash);
    }
}
