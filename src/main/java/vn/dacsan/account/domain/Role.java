package vn.dacsan.account.domain;

/** What an account may do; the name is also the Jakarta Security group and role. */
public enum Role {
    SHOPPER, BUSINESS, STAFF, ADMIN
}
