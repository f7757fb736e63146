package vn.dacsan.catalog.application;

import java.util.List;

/** A producer's public page: identity, place, contact and live products. */
public record ProducerDetails(long id, String slug, String name, String kind, String registrationNumber,
                              String legalRepresentative, String street, ProductDetails.Place place,
                              String phone, String email, String description, List<ProductCard> products) {
}
