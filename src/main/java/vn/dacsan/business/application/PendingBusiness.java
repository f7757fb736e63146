package vn.dacsan.business.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dacsan.catalog.domain.LicenceKind;
import vn.dacsan.catalog.domain.ProducerKind;

/** A registration in the staff queue, with everything staff check before deciding. */
public record PendingBusiness(long id, String name, ProducerKind kind, String registrationNumber,
                              String legalRepresentative, String street, String commune, String province,
                              String phone, String email, List<String> accountEmails, Instant submittedAt,
                              List<Licence> licences) {

    public record Licence(LicenceKind kind, String number, LocalDate issuedOn, String issuer, LocalDate validUntil) {
    }
}
