package vn.dacsan.department.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dacsan.listing.application.FieldError;

/** The refused fields of one form post, for showing each message beside its field. */
final class FieldMessages {

    private final Map<String, String> messages = new LinkedHashMap<>();

    void putAll(List<FieldError> errors) {
        errors.forEach(e -> messages.putIfAbsent(e.field(), e.message()));
    }

    String get(String field) {
        return messages.getOrDefault(field, "");
    }

    boolean has(String field) {
        return messages.containsKey(field);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }
}
