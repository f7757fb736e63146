package vn.dacsan.account.application;

import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.Role;

/** What the signed-in account may see about itself (never the password hash). */
public record AccountProfile(long id, String email, String displayName, Role role, Long producerId) {

    public boolean isStaff() {
        return role == Role.STAFF || role == Role.ADMIN;
    }

    public boolean isBusiness() {
        return role == Role.BUSINESS && producerId != null;
    }

    static AccountProfile of(Account account) {
        return new AccountProfile(account.getId(), account.getEmail(), account.getDisplayName(), account.getRole(), account.getProducerId());
    }
}
