package vn.dacsan.listing.domain;

import java.io.Serializable;

/** One field of a listing as it is live and as a revision proposes it. */
public record FieldChange(String field, String before, String after) implements Serializable {
}
