package vn.dacsan.business.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem the onboarding can report has a message in Vietnamese and in English. */
class OnboardingMessagesTest {

    private static final ResourceBundle VIETNAMESE = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);

    /** Problems only the service finds (database lookups, decisions). */
    private static final List<FieldError> SERVICE_ERRORS = List.of(
            FieldError.of("registrationNumber", "registrationNumber.taken"), FieldError.of("accountEmail", "accountEmail.taken"),
            FieldError.of("province", "province.unknown"), FieldError.of("commune", "commune.unknown"),
            FieldError.of("commune", "commune.notCurrent"), FieldError.of("commune", "commune.notInProvince"),
            FieldError.of("reason", "reason.required"), new FieldError("reason", "tooLong", 1000));

    private static List<FieldError> checkErrors() {
        LocalDate today = Applications.today();
        List<FieldError> errors = new ArrayList<>();
        Stream.of(
                Applications.household().kind("X").name("a".repeat(201)).registrationNumber("1").phone("1").accountEmail("x")
                        .passwords("short", "short"),
                Applications.household().kind("ENTERPRISE").registrationNumber("1").email("x").passwords("long enough!", "other one!"),
                Applications.household().name("\u0007").registrationNumber("1").passwords("x".repeat(201), ""),
                Applications.household().noLicences(),
                Applications.household().noLicences().licence("Y", "", "31/02/2025", "", "2020-01-01"),
                Applications.household().onlyLicence("OTHER", "1", "2027-01-01", "UBND", null),
                Applications.household().onlyLicence("OTHER", "1", "2025-01-01", "UBND", "2024-01-01"),
                Applications.household().onlyLicence("OTHER", "1", "2020-01-01", "UBND", "2021-01-01"),
                Applications.household().noLicences().licence("OTHER", "1", "2020-01-01", "UBND", null).licence("OTHER", "1", "2020-01-01", "UBND", null)
                        .licence("OTHER", "1", "2020-01-01", "UBND", null).licence("OTHER", "1", "2020-01-01", "UBND", null)
                        .licence("OTHER", "1", "2020-01-01", "UBND", null).licence("OTHER", "1", "2020-01-01", "UBND", null)
                        .licence("OTHER", "1", "2020-01-01", "UBND", null).licence("OTHER", "1", "2020-01-01", "UBND", null)
                        .licence("OTHER", "1", "2020-01-01", "UBND", null).licence("OTHER", "1", "2020-01-01", "UBND", null)
                        .licence("OTHER", "1", "2020-01-01", "UBND", null))
                .forEach(application -> {
                    RegistrationCheck check = new RegistrationCheck(today);
                    check.check(application.build());
                    errors.addAll(check.errors());
                });
        return errors;
    }

    @Test
    void everyProblemHasAMessageInBothLanguages() {
        List<FieldError> all = new ArrayList<>(checkErrors());
        all.addAll(SERVICE_ERRORS);
        assertThat(all).extracting(FieldError::code).contains("kind.unknown", "registrationNumber.householdFormat",
                "registrationNumber.format", "phone.format", "email.format", "password.tooShort", "tooLong",
                "passwordRepeat.mismatch", "licences.required", "licences.tooMany", "licence.kind.unknown", "date.format",
                "licence.issuedOn.future", "licence.validUntil.beforeIssued", "licence.validUntil.expired", "text.control");
        for (FieldError error : all) {
            for (ResourceBundle bundle : List.of(VIETNAMESE, ENGLISH)) {
                assertThat(bundle.containsKey(error.messageKey())).as("%s in %s", error.messageKey(), bundle.getLocale()).isTrue();
                String message = MessageFormat.format(bundle.getString(error.messageKey()), error.messageArguments());
                assertThat(message).isNotBlank().doesNotContain("{0");
            }
        }
        assertThat(VIETNAMESE.getString("onboarding.error.required")).isEqualTo("Vui lòng điền mục này.");
        assertThat(ENGLISH.getString("onboarding.error.required")).isEqualTo("Please fill in this field.");
    }

    @Test
    void bothLanguagesHaveTheSameOnboardingKeys() {
        List<String> vietnamese = VIETNAMESE.keySet().stream().filter(OnboardingMessagesTest::ours).sorted().toList();
        List<String> english = ENGLISH.keySet().stream().filter(OnboardingMessagesTest::ours).sorted().toList();
        assertThat(vietnamese).isNotEmpty().isEqualTo(english);
    }

    private static boolean ours(String key) {
        return Stream.of("onboarding.", "review.", "standing.", "licence.").anyMatch(key::startsWith);
    }
}
