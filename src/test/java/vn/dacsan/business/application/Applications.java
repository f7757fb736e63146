package vn.dacsan.business.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds registrations for tests: a valid household business by default, changed field by field. */
final class Applications {

    static final String PASSWORD = "dua-sap-ngon-2025";

    private String kind = "HOUSEHOLD";
    private String name = "Cơ sở kẹo chuối Tư Lành";
    private String registrationNumber = "8461027396";
    private String legalRepresentative = "Võ Văn Lành";
    private String street = "ấp Phong Điền";
    private String province = "vinh-long";
    private String commune = "vinh-long.giong-trom";
    private String phone = "0938 214 657";
    private String email = "";
    private String accountEmail = "tulanh@example.vn";
    private String displayName = "Võ Văn Lành";
    private String password = PASSWORD;
    private String passwordRepeat = PASSWORD;
    private final List<BusinessApplication.LicenceApplication> licences = new ArrayList<>(List.of(
            new BusinessApplication.LicenceApplication("FOOD_SAFETY", "125/2025/ATTP-CNĐK", "2025-03-14",
                    "Sở Công Thương tỉnh Bến Tre", "2028-03-14")));

    static Applications household() {
        return new Applications();
    }

    Applications kind(String value) {
        kind = value;
        return this;
    }

    Applications name(String value) {
        name = value;
        return this;
    }

    Applications registrationNumber(String value) {
        registrationNumber = value;
        return this;
    }

    Applications legalRepresentative(String value) {
        legalRepresentative = value;
        return this;
    }

    Applications street(String value) {
        street = value;
        return this;
    }

    Applications place(String provinceCode, String communeCode) {
        province = provinceCode;
        commune = communeCode;
        return this;
    }

    Applications phone(String value) {
        phone = value;
        return this;
    }

    Applications email(String value) {
        email = value;
        return this;
    }

    Applications accountEmail(String value) {
        accountEmail = value;
        return this;
    }

    Applications displayName(String value) {
        displayName = value;
        return this;
    }

    Applications passwords(String first, String second) {
        password = first;
        passwordRepeat = second;
        return this;
    }

    Applications noLicences() {
        licences.clear();
        return this;
    }

    Applications licence(String licenceKind, String number, String issuedOn, String issuer, String validUntil) {
        licences.add(new BusinessApplication.LicenceApplication(licenceKind, number, issuedOn, issuer, validUntil));
        return this;
    }

    Applications onlyLicence(String licenceKind, String number, String issuedOn, String issuer, String validUntil) {
        return noLicences().licence(licenceKind, number, issuedOn, issuer, validUntil);
    }

    BusinessApplication build() {
        return new BusinessApplication(kind, name, registrationNumber, legalRepresentative, street, province, commune,
                phone, email, accountEmail, displayName, password, passwordRepeat, licences);
    }

    static LocalDate today() {
        return LocalDate.of(2026, 3, 2);
    }
}
