package vn.dacsan.order.application;

import java.util.List;

/**
 * What a shopper asks for at checkout, as typed: the products with quantities (and the price the
 * page showed, so a price change is noticed), who receives it, where, and how it is paid.
 */
public record PlaceOrder(List<Line> items, Buyer buyer, Address address, String payment) {

    /** One product; {@code expectedPriceVnd} is the price the shopper saw, if the page sends it. */
    public record Line(Long productId, Integer quantity, Long expectedPriceVnd) {
    }

    public record Buyer(String name, String phone, String email) {
    }

    /** A current province and one of its current communes or wards, then street or hamlet. */
    public record Address(String provinceCode, String communeCode, String street, String note) {
    }

    public List<Line> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }
}
