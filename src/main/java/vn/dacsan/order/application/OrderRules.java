package vn.dacsan.order.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dacsan.listing.application.FieldError;
import vn.dacsan.payment.domain.PaymentMethod;
import vn.dacsan.platform.text.PhoneNumber;
import vn.dacsan.platform.text.VietnameseText;

/**
 * The rules a checkout keeps before the database is asked: quantities, a Vietnamese mobile phone,
 * name and address lengths, an optional email, a known payment method. Text is NFC-normalised and
 * trimmed, so the same checkout typed twice reads the same (and hashes the same).
 */
public final class OrderRules {

    public static final int QUANTITY_MAX = 999;
    public static final int LINES_MAX = 50;
    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 120;
    public static final int STREET_MIN = 3;
    public static final int STREET_MAX = 300;
    public static final int NOTE_MAX = 1000;
    public static final int EMAIL_MAX = 254;
    public static final int REASON_MAX = 1000;
    public static final int KEY_MAX = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1," + KEY_MAX + "}");

    private final Locale locale;
    private final List<FieldError> errors = new ArrayList<>();

    private OrderRules(Locale locale) {
        this.locale = locale;
    }

    /** A checkout that keeps the rules, cleaned; lines sorted by product so stock is always locked in one order. */
    public record Checked(List<Line> lines, String name, String phone, String email, String provinceCode, String communeCode,
                          String street, String note, PaymentMethod payment) {

        public record Line(int index, long productId, int quantity, Long expectedPriceVnd) {
        }

        /** A fingerprint of what was asked (and by whom), to tell a retry from a different order under the same key. */
        public String hash(Long shopperId) {
            StringBuilder text = new StringBuilder();
            for (Line line : lines) {
                text.append(line.productId()).append('x').append(line.quantity()).append('@').append(line.expectedPriceVnd()).append(';');
            }
            for (Object part : new Object[]{name, phone, email, provinceCode, communeCode, street, note, payment, shopperId}) {
                text.append('\u001f').append(part);
            }
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }

    public static Checked check(PlaceOrder order, Locale locale) {
        OrderRules rules = new OrderRules(locale);
        if (order == null) {
            rules.add("items", "required");
            throw new InvalidOrderException(rules.errors);
        }
        List<Checked.Line> lines = rules.lines(order.itemsOrEmpty());
        PlaceOrder.Buyer buyer = order.buyer() == null ? new PlaceOrder.Buyer(null, null, null) : order.buyer();
        PlaceOrder.Address address = order.address() == null ? new PlaceOrder.Address(null, null, null, null) : order.address();
        String name = rules.text("buyer.name", buyer.name(), NAME_MIN, NAME_MAX);
        String phone = null;
        if (buyer.phone() == null || buyer.phone().isBlank()) {
            rules.add("buyer.phone", "required");
        } else if (!PhoneNumber.isMobile(buyer.phone())) {
            rules.add("buyer.phone", "phone");
        } else {
            phone = PhoneNumber.normalise(buyer.phone());
        }
        String email = rules.text("buyer.email", buyer.email(), 0, EMAIL_MAX);
        if (email != null && email.isEmpty()) {
            email = null;
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            rules.add("buyer.email", "email");
        }
        String province = rules.text("address.provinceCode", address.provinceCode(), 1, 60);
        String commune = rules.text("address.communeCode", address.communeCode(), 1, 60);
        String street = rules.text("address.street", address.street(), STREET_MIN, STREET_MAX);
        String note = rules.text("address.note", address.note(), 0, NOTE_MAX);
        PaymentMethod payment = null;
        if (order.payment() == null || order.payment().isBlank()) {
            rules.add("payment", "required");
        } else {
            try {
                payment = PaymentMethod.valueOf(order.payment().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                rules.add("payment", "payment");
            }
        }
        if (!rules.errors.isEmpty()) {
            throw new InvalidOrderException(rules.errors);
        }
        return new Checked(lines, name, phone, email == null ? null : email.toLowerCase(Locale.ROOT), province, commune, street,
                note == null || note.isEmpty() ? null : note, payment);
    }

    /** A reason written for a cancellation: required when {@code required}, at most 1,000 characters. */
    public static String reason(String reason, boolean required, Locale locale) {
        OrderRules rules = new OrderRules(locale);
        String cleaned = rules.text("reason", reason, required ? 1 : 0, REASON_MAX);
        if (!rules.errors.isEmpty()) {
            throw new InvalidOrderException(rules.errors);
        }
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /** An idempotency key: 1 to 100 visible ASCII characters (a UUID fits). */
    public static String key(String key, Locale locale) {
        if (key == null || !KEY.matcher(key.strip()).matches()) {
            OrderRules rules = new OrderRules(locale);
            rules.add("idempotencyKey", "key", KEY_MAX);
            throw new InvalidOrderException(rules.errors);
        }
        return key.strip();
    }

    private List<Checked.Line> lines(List<PlaceOrder.Line> items) {
        if (items.isEmpty()) {
            add("items", "required");
            return List.of();
        }
        if (items.size() > LINES_MAX) {
            add("items", "too-many-lines", LINES_MAX);
            return List.of();
        }
        List<Checked.Line> lines = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            PlaceOrder.Line item = items.get(i);
            String field = "items[" + i + "]";
            if (item == null || item.productId() == null) {
                add(field + ".productId", "required");
                continue;
            }
            if (!seen.add(item.productId())) {
                add(field + ".productId", "duplicate-product");
            }
            if (item.quantity() == null) {
                add(field + ".quantity", "required");
            } else if (item.quantity() < 1 || item.quantity() > QUANTITY_MAX) {
                add(field + ".quantity", "quantity", QUANTITY_MAX);
            }
            if (item.expectedPriceVnd() != null && item.expectedPriceVnd() < 0) {
                add(field + ".expectedPriceVnd", "price");
            }
            if (item.quantity() != null) {
                lines.add(new Checked.Line(i, item.productId(), item.quantity(), item.expectedPriceVnd()));
            }
        }
        lines.sort(Comparator.comparingLong(Checked.Line::productId));
        return lines;
    }

    private String text(String field, String value, int min, int max) {
        String cleaned = value == null ? null : VietnameseText.nfc(value).replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (cleaned == null || cleaned.isEmpty()) {
            if (min > 0) {
                add(field, "required");
            }
            return cleaned;
        }
        if (cleaned.length() > max) {
            add(field, "too-long", max);
        } else if (cleaned.length() < min) {
            add(field, "too-short", min);
        }
        return cleaned;
    }

    private void add(String field, String code, Object... arguments) {
        errors.add(error(locale, field, code, arguments));
    }

    static FieldError error(Locale locale, String field, String code, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
        String pattern = bundle.getString("order.invalid." + code);
        return new FieldError(field, code, new MessageFormat(pattern, locale).format(arguments));
    }
}
