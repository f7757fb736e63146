package vn.dacsan.business.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.dacsan.business.application.BusinessApplication;
import vn.dacsan.business.application.BusinessOnboarding;
import vn.dacsan.business.application.FieldError;
import vn.dacsan.business.application.InvalidBusinessInput;
import vn.dacsan.catalog.application.AdminUnitDirectory;
import vn.dacsan.catalog.domain.LicenceKind;
import vn.dacsan.catalog.domain.ProducerKind;
import vn.dacsan.platform.web.Storefront;

/**
 * The public registration page (/dang-ky-doanh-nghiep): the business, its address, a login and
 * its licences. Stateless like every public page: the commune list follows the province chosen
 * in this request (by Ajax, or by the "show communes" button without JavaScript), and every
 * problem comes back beside its field.
 */
@Named
@RequestScoped
public class BusinessRegistrationPage {

    static final String PATH = "/dang-ky-doanh-nghiep";
    static final int LICENCE_ROWS = 3;

    @Inject
    BusinessOnboarding onboarding;
    @Inject
    AdminUnitDirectory places;
    @Inject
    Storefront storefront;
    @Inject
    HttpServletRequest request;

    private String kind;
    private String name;
    private String registrationNumber;
    private String legalRepresentative;
    private String street;
    private String province;
    private String commune;
    private String phone;
    private String email;
    private String accountEmail;
    private String displayName;
    private String password;
    private String passwordRepeat;
    private final List<LicenceRow> licences = new ArrayList<>();
    private final Map<String, String> errors = new HashMap<>();
    private List<AdminUnitDirectory.Place> provinces;
    private List<AdminUnitDirectory.Place> communes;

    @PostConstruct
    void init() {
        IntStream.range(0, LICENCE_ROWS).forEach(i -> licences.add(new LicenceRow()));
        licences.get(0).setKind(LicenceKind.FOOD_SAFETY.name());
        // the commune list is plain HTML, read straight from the request
        commune = request.getParameter("commune");
        province = request.getParameter("province");
    }

    public void register() throws IOException {
        try {
            onboarding.register(new BusinessApplication(kind, name, registrationNumber, legalRepresentative, street,
                    province, commune, phone, email, accountEmail, displayName, password, passwordRepeat,
                    licences.stream().map(LicenceRow::application).toList()));
        } catch (InvalidBusinessInput refused) {
            for (FieldError error : refused.errors()) {
                errors.putIfAbsent(error.field(), storefront.text(error.messageKey(), error.messageArguments()));
            }
            return;
        } finally {
            password = null;
            passwordRepeat = null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + PATH + "?da-gui=1");
    }

    /** The no-JavaScript way to the commune list: the form comes back with every value kept. */
    public void showCommunes() {
        communes = null;
    }

    /** After a successful registration (the redirect target). */
    public boolean isSubmitted() {
        return request.getParameter("da-gui") != null;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int getErrorCount() {
        return errors.size();
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    /** The message for one field of licence row {@code index} ("number", "issuedOn", ...). */
    public String licenceError(int index, String field) {
        return error(licenceField(index, field));
    }

    public boolean licenceHasError(int index, String field) {
        return hasError(licenceField(index, field));
    }

    private static String licenceField(int index, String field) {
        return "licences[" + index + "]." + field;
    }

    public List<String> getKinds() {
        return Arrays.stream(ProducerKind.values()).map(Enum::name).toList();
    }

    public List<String> getLicenceKinds() {
        return Arrays.stream(LicenceKind.values()).map(Enum::name).toList();
    }

    public List<AdminUnitDirectory.Place> getProvinces() {
        if (provinces == null) {
            provinces = places.provincesWithCommunes();
        }
        return provinces;
    }

    public List<AdminUnitDirectory.Place> getCommunes() {
        if (communes == null) {
            communes = places.communesOf(province);
        }
        return communes;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
        this.communes = null;
    }

    public String getCommune() {
        return commune;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAccountEmail() {
        return accountEmail;
    }

    public void setAccountEmail(String accountEmail) {
        this.accountEmail = accountEmail;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }

    public List<LicenceRow> getLicences() {
        return licences;
    }

    /** One row of the licence table; dates as typed (a date picker sends yyyy-MM-dd). */
    public static class LicenceRow {

        private String kind;
        private String number;
        private String issuedOn;
        private String issuer;
        private String validUntil;

        BusinessApplication.LicenceApplication application() {
            return new BusinessApplication.LicenceApplication(kind, number, issuedOn, issuer, validUntil);
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getIssuedOn() {
            return issuedOn;
        }

        public void setIssuedOn(String issuedOn) {
            this.issuedOn = issuedOn;
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        public String getValidUntil() {
            return validUntil;
        }

        public void setValidUntil(String validUntil) {
            this.validUntil = validUntil;
        }
    }
}
