package vn.dacsan.listing.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.account.application.AccountProfile;
import vn.dacsan.listing.application.ListingDraft;
import vn.dacsan.listing.application.SellerListing;
import vn.dacsan.listing.application.SellerListingDetails;
import vn.dacsan.listing.application.SellerListings;
import vn.dacsan.listing.domain.ListingRevision;

/**
 * A business's listings over HTTP Basic. Every call is checked against the caller's business:
 * another business's listing is 403, a missing one 404, a step the state forbids 409, invalid
 * fields 422 with their names.
 */
@Path("/v1/seller/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SellerProductResource {

    @Inject
    SellerListings listings;
    @Inject
    Callers callers;
    @Context
    SecurityContext security;
    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The caller's listings, most recently changed first")
    public List<SellerListing> list() {
        return listings.list(callers.business(security));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's listings, with its revisions and log")
    public SellerListingDetails get(@PathParam("id") long id) {
        return listings.get(callers.business(security), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a listing as a draft (not yet submitted for review)")
    public Response create(ListingDraft draft, @Context UriInfo uri) {
        AccountProfile seller = callers.business(security);
        long id = listings.create(seller, required(draft), Callers.language(headers));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(listings.get(seller, id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a listing: price and stock apply at once, other changes go into a draft revision")
    public SellerListingDetails update(@PathParam("id") long id, ListingDraft draft) {
        AccountProfile seller = callers.business(security);
        listings.update(seller, id, required(draft), Callers.language(headers));
        return listings.get(seller, id);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit the draft revision for the department's review; the answer carries the due date")
    public SellerListingDetails submit(@PathParam("id") long id) {
        AccountProfile seller = callers.business(security);
        ListingRevision submitted = listings.submit(seller, id);
        return listings.get(seller, submitted.getProductId());
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a live listing off the marketplace (optional reason)")
    public SellerListingDetails withdraw(@PathParam("id") long id, ReasonBody body) {
        AccountProfile seller = callers.business(security);
        listings.withdraw(seller, id, body == null ? null : body.reason(), Callers.language(headers));
        return listings.get(seller, id);
    }

    private static ListingDraft required(ListingDraft draft) {
        if (draft == null) {
            throw new BadRequestException("A JSON body with the listing's fields is required");
        }
        return draft;
    }
}
