package vn.dacsan.account.web;

import vn.dacsan.account.domain.Role;

/** Where each kind of account works after logging in. */
final class AccountAreas {

    static final String SELLER = "/ban-hang/";
    static final String STAFF = "/quan-ly/";
    static final String SHOPPER = "/don-hang-cua-toi";

    private AccountAreas() {
    }

    static String home(Role role) {
        return switch (role) {
            case BUSINESS -> SELLER;
            case STAFF, ADMIN -> STAFF;
            case SHOPPER -> SHOPPER;
        };
    }
}
