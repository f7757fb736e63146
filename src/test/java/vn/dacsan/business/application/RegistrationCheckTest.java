package vn.dacsan.business.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dacsan.catalog.domain.LicenceKind;
import vn.dacsan.catalog.domain.ProducerKind;

/** The registration rules that need no database: every problem reported at once, per field. */
class RegistrationCheckTest {

    private static final LocalDate TODAY = Applications.today();

    private static RegistrationCheck checked(Applications application) {
        RegistrationCheck check = new RegistrationCheck(TODAY);
        check.check(application.build());
        return check;
    }

    private static List<String> codes(Applications application) {
        return checked(application).errors().stream().map(e -> e.field() + "=" + e.code()).toList();
    }

    @Test
    void aCompleteApplicationPassesCleanedAndTyped() {
        RegistrationCheck check = new RegistrationCheck(TODAY);
        RegistrationCheck.Registration r = check.check(Applications.household()
                .registrationNumber(" 8461 027 396 ").phone("+84 938.214.657").accountEmail(" TuLanh@Example.VN ")
                .name("  Cơ sở kẹo chuối Tư Lành ").build());

        assertThat(check.errors()).isEmpty();
        assertThat(r.kind()).isEqualTo(ProducerKind.HOUSEHOLD);
        assertThat(r.name()).isEqualTo("Cơ sở kẹo chuối Tư Lành");
        assertThat(r.registrationNumber()).isEqualTo("8461027396");
        assertThat(r.phone()).isEqualTo("0938214657");
        assertThat(r.accountEmail()).isEqualTo("tulanh@example.vn");
        assertThat(r.email()).as("the contact email defaults to the login").isEqualTo("tulanh@example.vn");
        assertThat(r.licences()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LicenceKind.FOOD_SAFETY);
            assertThat(l.issuedOn()).isEqualTo(LocalDate.of(2025, 3, 14));
            assertThat(l.validUntil()).isEqualTo(LocalDate.of(2028, 3, 14));
        });
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        RegistrationCheck check = new RegistrationCheck(TODAY);
        check.check(new BusinessApplication(null, " ", "", null, null, null, null, " ", null, null, null, null, null, null));

        assertThat(check.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                tuple("kind", "required"), tuple("name", "required"), tuple("registrationNumber", "required"),
                tuple("legalRepresentative", "required"), tuple("street", "required"), tuple("province", "required"),
                tuple("commune", "required"), tuple("phone", "required"), tuple("accountEmail", "required"),
                tuple("displayName", "required"), tuple("password", "required"), tuple("licences", "licences.required"));
    }

    @Test
    void overLongTextIsRefusedWithTheLimit() {
        RegistrationCheck check = checked(Applications.household().name("Đ".repeat(201)).legalRepresentative("a".repeat(121))
                .street("b".repeat(200)));
        assertThat(check.errors()).extracting(FieldError::field, FieldError::code, FieldError::limit).containsExactlyInAnyOrder(
                tuple("name", "tooLong", 200), tuple("legalRepresentative", "tooLong", 120));
    }

    @Test
    void controlCharactersAreRefusedRatherThanStored() {
        assertThat(codes(Applications.household().name("Cơ sở\u0000 Tư Lành").street("ấp 1\nấp 2")))
                .containsExactly("name=text.control", "street=text.control");
    }

    @Test
    void taxCodesMustHaveTheirFormat() {
        assertThat(codes(Applications.household().kind("ENTERPRISE").registrationNumber("130061248")))
                .containsExactly("registrationNumber=registrationNumber.format");
        assertThat(codes(Applications.household().kind("COOPERATIVE").registrationNumber("1300612487001")))
                .containsExactly("registrationNumber=registrationNumber.format");
        assertThat(codes(Applications.household().registrationNumber("MST 1300612487")))
                .containsExactly("registrationNumber=registrationNumber.householdFormat");
        assertThat(codes(Applications.household().kind("COOPERATIVE").registrationNumber("1300612487-002"))).isEmpty();
        assertThat(codes(Applications.household().registrationNumber("83A8012345"))).isEmpty();
        assertThat(codes(Applications.household().kind("ENTERPRISE").registrationNumber("83A8012345")))
                .containsExactly("registrationNumber=registrationNumber.format");
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThat(codes(Applications.household().kind("CORPORATION"))).containsExactly("kind=kind.unknown");
    }

    @Test
    void phonesAndEmailsMustLookRight() {
        assertThat(codes(Applications.household().phone("0123 456 789"))).containsExactly("phone=phone.format");
        assertThat(codes(Applications.household().phone("0275 3822 365"))).as("a fixed line").isEmpty();
        assertThat(codes(Applications.household().accountEmail("tulanh@example"))).containsExactly("accountEmail=email.format");
        assertThat(codes(Applications.household().accountEmail("tu lanh@example.vn"))).containsExactly("accountEmail=email.format");
        assertThat(codes(Applications.household().email("lienhe@@example.vn"))).containsExactly("email=email.format");
    }

    @Test
    void passwordsNeedTenCharactersTypedTheSameTwice() {
        assertThat(codes(Applications.household().passwords("demo12345", "demo12345")))
                .containsExactly("password=password.tooShort");
        assertThat(checked(Applications.household().passwords("demo12345", "demo12345")).errors().get(0).limit()).isEqualTo(10);
        assertThat(codes(Applications.household().passwords("dua-sap-ngon-2025", "dua-sap-ngon-2026")))
                .containsExactly("passwordRepeat=passwordRepeat.mismatch");
        assertThat(codes(Applications.household().passwords("x".repeat(201), "x".repeat(201))))
                .containsExactly("password=tooLong");
    }

    @Test
    void licenceDatesCannotBeInTheFutureNorBeforeIssueNorPast() {
        assertThat(codes(Applications.household().onlyLicence("FOOD_SAFETY", "1/ATTP", "2026-03-03", "Sở Y tế", null)))
                .containsExactly("licences[0].issuedOn=licence.issuedOn.future");
        assertThat(codes(Applications.household().onlyLicence("FOOD_SAFETY", "1/ATTP", "2026-03-02", "Sở Y tế", null)))
                .as("issued today").isEmpty();
        assertThat(codes(Applications.household().onlyLicence("FOOD_SAFETY", "1/ATTP", "2025-03-14", "Sở Y tế", "2025-03-13")))
                .containsExactly("licences[0].validUntil=licence.validUntil.beforeIssued");
        assertThat(codes(Applications.household().onlyLicence("FOOD_SAFETY", "1/ATTP", "2022-03-14", "Sở Y tế", "2025-03-14")))
                .containsExactly("licences[0].validUntil=licence.validUntil.expired");
    }

    @Test
    void datesAreReadAsIsoOrDayMonthYearAndNothingElse() {
        assertThat(codes(Applications.household().onlyLicence("FOOD_SAFETY", "1/ATTP", "14/3/2025", "Sở Y tế", "14/03/2028"))).isEmpty();
        assertThat(codes(Applications.household().onlyLicence("FOOD_SAFETY", "1/ATTP", "31/02/2025", "Sở Y tế", null)))
                .containsExactly("licences[0].issuedOn=date.format");
        assertThat(codes(Applications.household().onlyLicence("FOOD_SAFETY", "1/ATTP", "14.03.2025", "Sở Y tế", "sometime")))
                .containsExactly("licences[0].issuedOn=date.format", "licences[0].validUntil=date.format");
    }

    @Test
    void emptyLicenceRowsAreIgnoredAndPartlyFilledOnesAreCheckedByIndex() {
        Applications application = Applications.household().noLicences()
                .licence(null, "", " ", null, null)
                .licence("BUSINESS_REGISTRATION", "", "2024-01-05", "", null)
                .licence("MAGIC", "9", "2024-01-05", "UBND", null);
        assertThat(codes(application)).containsExactly("licences[1].number=required", "licences[1].issuer=required",
                "licences[2].kind=licence.kind.unknown");
        assertThat(codes(Applications.household().noLicences().licence("", "", "", "", ""))).containsExactly("licences=licences.required");
    }
}
