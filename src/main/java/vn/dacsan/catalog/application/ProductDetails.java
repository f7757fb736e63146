package vn.dacsan.catalog.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dacsan.catalog.domain.CertificateState;

/** Everything the product page and the product API show, read in one transaction. */
public record ProductDetails(long id, String slug, String name, String description, long priceVnd, String unit,
                             int stock, GroupRef group, GroupRef subgroup, Place origin, ProducerSummary producer,
                             List<Image> images, Certificate certificate, Instant updatedAt) {

    public record GroupRef(String code, String slug, String nameVi, String nameEn) {
        public String name(boolean english) {
            return english ? nameEn : nameVi;
        }
    }

    /** A commune with its province, and what the place was called before the 2025 merger. */
    public record Place(String communeCode, String communeName, String provinceCode, String provinceName,
                        List<String> formerNames) {
    }

    public record ProducerSummary(long id, String slug, String name, String kind) {
    }

    public record Image(String url, String alt) {
    }

    /**
     * The current certificate. {@code state} is computed for today; the badge shows only
     * when {@code showsBadge}.
     */
    public record Certificate(int stars, Integer score, String decisionNumber, LocalDate decisionDate, String issuer,
                              LocalDate validUntil, CertificateState state, GroupRef certifiedGroup) {
        public boolean showsBadge() {
            return state.showsBadge();
        }
    }

    public boolean inStock() {
        return stock > 0;
    }
}
