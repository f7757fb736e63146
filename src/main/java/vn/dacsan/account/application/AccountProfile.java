package vn.dacsan.account.application;

import vn.dacsan.account.domain.Account;
import vn.dacsan.account.domain.Role;

/** What the signed-in account may see about itself (never the password hash). */
public record AccountProfile(String email, String displayName, Role role, Long producerId) {

    static AccountProfile of(Account account) {
        return new AccountProfile(account.getEmail(), account.getDisplayName(), account.getRole(), account.getProducerId());
    }
}
