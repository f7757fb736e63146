package vn.dacsan.business.application;

import vn.dacsan.catalog.domain.ProducerStatus;

/** What a successful registration created: the pending producer and its login. */
public record RegisteredBusiness(long producerId, String slug, String accountEmail, ProducerStatus status) {
}
