package vn.dacsan.listing.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import vn.dacsan.listing.domain.ListingEvent;

/** A line of a listing's log, for people. */
public record LogLine(Instant at, String action, Integer revisionNumber, String actor, String actorRole, String reason,
                      LocalDate dueOn) implements Serializable {

    static LogLine of(ListingEvent event) {
        return new LogLine(event.getOccurredAt(), event.getAction().name(), event.getRevisionNumber().orElse(null),
                event.getActorName(), event.getActorRole(), event.getReason().orElse(null), event.getDueOn().orElse(null));
    }
}
