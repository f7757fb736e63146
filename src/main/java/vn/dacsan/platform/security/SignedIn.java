package vn.dacsan.platform.security;

import java.io.Serializable;
import java.util.Set;

/** Who logged in on the page (kept in the HTTP session: small and serializable for clustering). */
public record SignedIn(String caller, Set<String> groups) implements Serializable {

    public SignedIn {
        groups = Set.copyOf(groups);
    }
}
