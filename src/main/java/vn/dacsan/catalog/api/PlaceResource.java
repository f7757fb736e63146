package vn.dacsan.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.catalog.application.AdminUnitDirectory;

/** The current communes and wards of a province, for address and origin forms. */
@Path("/v1/places")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PlaceResource {

    @Inject
    AdminUnitDirectory places;

    @GET
    @Path("{province}/communes")
    @Operation(summary = "Current communes and wards of a province ({code, name}, by name); empty for an unknown province")
    public Response communes(@PathParam("province") String province) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(places.communesOf(province)).cacheControl(cache).build();
    }
}
