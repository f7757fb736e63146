package vn.dacsan.business.application;

import java.util.List;

/**
 * A registration as the applicant typed it (web form or API): the business, its address, the
 * login account and its licences. Nothing is trusted yet; BusinessOnboarding checks it all.
 * Dates are text ("2025-03-14" or "14/03/2025") so a mistyped one gets a clear message.
 */
public record BusinessApplication(String kind, String name, String registrationNumber, String legalRepresentative,
                                  String street, String province, String commune, String phone, String email,
                                  String accountEmail, String displayName, String password, String passwordRepeat,
                                  List<LicenceApplication> licences) {

    public BusinessApplication {
        licences = licences == null ? List.of() : List.copyOf(licences);
    }

    /** One licence row; a row left entirely empty is ignored. */
    public record LicenceApplication(String kind, String number, String issuedOn, String issuer, String validUntil) {

        boolean isEmpty() {
            return blank(kind) && blank(number) && blank(issuedOn) && blank(issuer) && blank(validUntil);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** Never prints the passwords (applications end up in logs and test failures). */
    @Override
    public String toString() {
        return "BusinessApplication[kind=" + kind + ", name=" + name + ", registrationNumber=" + registrationNumber
                + ", commune=" + commune + ", accountEmail=" + accountEmail + ", licences=" + licences.size() + "]";
    }
}
