package vn.dacsan.catalog.domain;

/** What a producer's licence attests: food safety, its business registration, or something else. */
public enum LicenceKind {
    FOOD_SAFETY, BUSINESS_REGISTRATION, OTHER
}
