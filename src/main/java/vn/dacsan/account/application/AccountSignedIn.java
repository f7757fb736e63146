package vn.dacsan.account.application;

/**
 * Fired after a successful login on the login page, in that request, once the session (with its
 * new id) holds the login: features that kept something for the anonymous visitor (the cart)
 * take it over to the account here.
 */
public record AccountSignedIn(AccountProfile account) {
}
