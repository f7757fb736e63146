package vn.dacsan.listing.application;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.dacsan.catalog.domain.OcopCertificate;
import vn.dacsan.listing.domain.ListingContent;
import vn.dacsan.platform.text.VietnameseText;

/**
 * The rules a listing's fields must keep, apart from the ones that need the database (whether a
 * group or a place exists). Text is NFC-normalised and trimmed; descriptions are plain text and
 * are always shown escaped, so markup in them is harmless words.
 */
public final class ListingRules {

    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MIN = 20;
    public static final int DESCRIPTION_MAX = 8000;
    public static final int UNIT_MAX = 60;
    public static final long PRICE_MIN = 1_000;
    /** A hundred million đồng: above it a price is a typing slip, not a specialty. */
    public static final long PRICE_MAX = 100_000_000;
    public static final int STOCK_MAX = 1_000_000;
    public static final int DECISION_NUMBER_MAX = 60;
    public static final int ISSUER_MAX = 200;
    public static final int REASON_MAX = 1000;
    /** The OCOP programme began with Decision 490/QĐ-TTg of 7 May 2018. */
    public static final LocalDate FIRST_OCOP_DECISION = LocalDate.of(2018, 5, 7);

    private final Locale locale;
    private final List<FieldError> errors = new ArrayList<>();

    private ListingRules(Locale locale) {
        this.locale = locale;
    }

    public static Errors on(Locale locale) {
        return new Errors(locale);
    }

    /** Checks a draft against the rules that need no database; returns the cleaned text. */
    public static Checked check(ListingDraft draft, LocalDate today, Locale locale) {
        ListingRules rules = new ListingRules(locale);
        String name = rules.text("name", draft.name(), NAME_MIN, NAME_MAX);
        String description = rules.text("description", draft.description(), DESCRIPTION_MIN, DESCRIPTION_MAX);
        String unit = rules.text("unit", draft.unit(), 1, UNIT_MAX);
        if (draft.priceVnd() == null) {
            rules.add("priceVnd", "required");
        } else if (draft.priceVnd() < PRICE_MIN || draft.priceVnd() > PRICE_MAX) {
            rules.add("priceVnd", "price-range", PRICE_MIN, PRICE_MAX);
        }
        if (draft.stock() == null) {
            rules.add("stock", "required");
        } else if (draft.stock() < 0 || draft.stock() > STOCK_MAX) {
            rules.add("stock", "stock-range", STOCK_MAX);
        }
        String groupCode = rules.text("groupCode", draft.groupCode(), 1, 80);
        String originCode = rules.text("originCode", draft.originCode(), 1, 60);
        ListingContent.CertificateDetails certificate = rules.certificate(draft, today);
        if (draft.imagesOrEmpty().size() > ListingContent.MAX_IMAGES) {
            rules.add("images", "too-many-images", ListingContent.MAX_IMAGES);
        }
        if (!rules.errors.isEmpty()) {
            throw new InvalidListingException(rules.errors);
        }
        return new Checked(new ListingContent(name, description, unit, groupCode, originCode, certificate,
                draft.imagesOrEmpty()), draft.priceVnd(), draft.stock());
    }

    /** A draft's content with price and stock, all within the rules. */
    public record Checked(ListingContent content, long priceVnd, int stock) {
    }

    /** A reason a reviewer writes: required for a rejection or a suspension, at most 1,000 characters. */
    public static String reason(String reason, boolean required, Locale locale) {
        ListingRules rules = new ListingRules(locale);
        String cleaned = rules.text("reason", reason, required ? 1 : 0, REASON_MAX);
        if (!rules.errors.isEmpty()) {
            throw new InvalidListingException(rules.errors);
        }
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    private ListingContent.CertificateDetails certificate(ListingDraft draft, LocalDate today) {
        if (!draft.hasCertificate()) {
            return null;
        }
        ListingDraft.Certificate c = draft.certificate();
        int before = errors.size();
        if (c.stars() == null) {
            add("certificate.stars", "required");
        } else if (c.stars() < 3 || c.stars() > 5) {
            add("certificate.stars", "stars");
        }
        String number = text("certificate.decisionNumber", c.decisionNumber(), 1, DECISION_NUMBER_MAX);
        String issuer = text("certificate.issuer", c.issuer(), 1, ISSUER_MAX);
        if (c.decisionDate() == null) {
            add("certificate.decisionDate", "required");
        } else if (c.decisionDate().isAfter(today)) {
            add("certificate.decisionDate", "future-date");
        } else if (c.decisionDate().isBefore(FIRST_OCOP_DECISION)) {
            add("certificate.decisionDate", "before-ocop");
        } else if (c.decisionDate().plusMonths(OcopCertificate.VALIDITY_MONTHS).isBefore(today)) {
            add("certificate.decisionDate", "certificate-expired");
        }
        String scan = ListingDraft.blank(c.scanKey()) ? null : c.scanKey().strip();
        return errors.size() > before ? null
                : new ListingContent.CertificateDetails(c.stars(), number, c.decisionDate(), issuer, scan);
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
        errors.add(Errors.error(locale, field, code, arguments));
    }

    /** Field errors found by checks that need more than the draft (the database, the files). */
    public static final class Errors {
        private final Locale locale;
        private final List<FieldError> found = new ArrayList<>();

        private Errors(Locale locale) {
            this.locale = locale;
        }

        public Errors add(String field, String code, Object... arguments) {
            found.add(error(locale, field, code, arguments));
            return this;
        }

        public void throwIfAny() {
            if (!found.isEmpty()) {
                throw new InvalidListingException(found);
            }
        }

        static FieldError error(Locale locale, String field, String code, Object... arguments) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
            String pattern = bundle.getString("listing.invalid." + code);
            return new FieldError(field, code, new MessageFormat(pattern, locale).format(arguments));
        }
    }
}
