package vn.dacsan.catalog.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import vn.dacsan.catalog.api.ProductResource.Item;
import vn.dacsan.catalog.api.ProductResource.ProductList;
import vn.dacsan.search.application.SearchResult.FacetCount;

/**
 * Writes the search answer, the API's busiest response, straight to a JSON-P stream. Through
 * JSON-B it cost more CPU than the search itself (reflection over records, per request). The
 * output is the one JSON-B wrote: the same names in the same (alphabetical) order, nulls written
 * as null, facets in the service's order.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ProductListWriter implements MessageBodyWriter<ProductList> {

    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ProductList.class;
    }

    @Override
    public void writeTo(ProductList list, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(new Unclosed(out))) {
            write(list, json);
        }
    }

    static void write(ProductList list, JsonGenerator json) {
        json.writeStartObject();
        json.writeStartObject("facets");
        for (Map.Entry<String, List<FacetCount>> facet : list.facets().entrySet()) {
            json.writeStartArray(facet.getKey());
            for (FacetCount count : facet.getValue()) {
                json.writeStartObject().write("count", count.count());
                string(json, "value", count.value());
                json.writeEnd();
            }
            json.writeEnd();
        }
        json.writeEnd();
        json.write("fallback", list.fallback());
        json.writeStartArray("items");
        for (Item item : list.items()) {
            item(item, json);
        }
        json.writeEnd();
        json.write("page", list.page());
        json.write("partial", list.partial());
        json.write("size", list.size());
        string(json, "suggestion", list.suggestion());
        json.write("total", list.total());
        json.writeEnd();
    }

    private static void item(Item item, JsonGenerator json) {
        json.writeStartObject();
        string(json, "commune", item.commune());
        string(json, "group", item.group());
        json.write("id", item.id());
        string(json, "image", item.image());
        string(json, "name", item.name());
        json.write("priceVnd", item.priceVnd());
        json.writeStartObject("producer").write("id", item.producer().id());
        string(json, "kind", item.producer().kind());
        string(json, "name", item.producer().name());
        string(json, "slug", item.producer().slug());
        json.writeEnd();
        string(json, "province", item.province());
        string(json, "slug", item.slug());
        if (item.stars() == null) {
            json.writeNull("stars");
        } else {
            json.write("stars", item.stars());
        }
        json.write("stock", item.stock());
        string(json, "unit", item.unit());
        json.writeEnd();
    }

    private static void string(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    /** The container closes the response stream, not the generator. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
