package vn.dacsan.listing.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import vn.dacsan.listing.application.FieldError;
import vn.dacsan.listing.application.InvalidListingException;

/** Puts a service's field errors next to the form fields they concern. */
final class ListingMessages {

    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("description", "description"), Map.entry("priceVnd", "price"),
            Map.entry("unit", "unit"), Map.entry("stock", "stock"), Map.entry("groupCode", "group"),
            Map.entry("originCode", "commune"), Map.entry("certificate.stars", "certStars"),
            Map.entry("certificate.decisionNumber", "certNumber"), Map.entry("certificate.decisionDate", "certDate"),
            Map.entry("certificate.issuer", "certIssuer"), Map.entry("certificate.scanKey", "certScan"),
            Map.entry("images", "images"), Map.entry("reason", "reason"), Map.entry("decisionReference", "reference"));

    private ListingMessages() {
    }

    static void show(String formId, InvalidListingException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : e.errors()) {
            String input = INPUTS.get(error.field());
            faces.addMessage(input == null ? null : formId + ":" + input,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message()));
        }
        faces.validationFailed();
    }

    static void global(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }
}
