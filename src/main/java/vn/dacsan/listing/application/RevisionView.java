package vn.dacsan.listing.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dacsan.listing.domain.FieldChange;
import vn.dacsan.listing.domain.ListingContent;
import vn.dacsan.listing.domain.ListingRevision;

/** One revision as the business and the department see it, with its changes from the live listing. */
public record RevisionView(long id, int number, String state, ListingContent content, Instant submittedAt, LocalDate dueOn,
                           boolean overdue, Instant decidedAt, String reason, List<FieldChange> changes) implements Serializable {

    static RevisionView of(ListingRevision revision, ListingContent live, LocalDate today) {
        return new RevisionView(revision.getId(), revision.getNumber(), revision.getState().name(), revision.getContent(),
                revision.getSubmittedAt().orElse(null), revision.getDueOn().orElse(null), revision.isOverdueOn(today),
                revision.getDecidedAt().orElse(null), revision.getDecisionReason().orElse(null),
                revision.getContent().changesFrom(live));
    }
}
