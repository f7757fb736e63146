package vn.dacsan.listing.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What a business fills in for a listing, as typed (from the portal's form or the API's JSON).
 * Anything may be missing or wrong; {@link ListingRules} says what.
 */
public record ListingDraft(String name, String description, Long priceVnd, String unit, Integer stock,
                           String groupCode, String originCode, Certificate certificate, List<String> images) {

    /** The OCOP certificate as declared; all of it or none of it. */
    public record Certificate(Integer stars, String decisionNumber, LocalDate decisionDate, String issuer, String scanKey) {

        public boolean isBlank() {
            return stars == null && blank(decisionNumber) && decisionDate == null && blank(issuer) && blank(scanKey);
        }
    }

    public List<String> imagesOrEmpty() {
        return images == null ? List.of() : images;
    }

    public boolean hasCertificate() {
        return certificate != null && !certificate.isBlank();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
