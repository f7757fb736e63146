package vn.dacsan.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dacsan.platform.api.OperatorToken;
import vn.dacsan.search.application.IndexReconciliation;
import vn.dacsan.search.application.ReindexJob;
import vn.dacsan.search.application.SearchOutbox;

/**
 * Operator endpoint: rebuild the search index from the database. Guarded by the bearer token
 * in dacsan.admin.token ({@link OperatorToken}); staff have the same in the staff area.
 */
@Path("/v1/admin/reindex")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ReindexResource {

    @Inject
    ReindexJob job;
    @Inject
    SearchOutbox outbox;
    @Inject
    IndexReconciliation reconciliation;
    @Inject
    OperatorToken operator;

    @POST
    @Operation(summary = "Start a full reindex from the database (operator token required)")
    public Response start(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Response refused = refuse(authorization);
        if (refused != null) {
            return refused;
        }
        return Response.accepted(job.start()).build();
    }

    @GET
    @Operation(summary = "Progress of the last full reindex (operator token required)")
    public Response status(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Response refused = refuse(authorization);
        return refused != null ? refused : Response.ok(job.status()).build();
    }

    @GET
    @Path("outbox")
    @Operation(summary = "Changes waiting for the search indexer: count and oldest (operator token required)")
    public Response outbox(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Response refused = refuse(authorization);
        return refused != null ? refused : Response.ok(outbox.backlog()).build();
    }

    @GET
    @Path("reconcile")
    @Operation(summary = "Compare the index with the database: ids and versions (operator token required)")
    public Response reconcile(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Response refused = refuse(authorization);
        return refused != null ? refused : Response.ok(reconciliation.check()).build();
    }

    @POST
    @Path("reconcile")
    @Operation(summary = "Re-index every product the comparison finds different (operator token required)")
    public Response repair(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Response refused = refuse(authorization);
        return refused != null ? refused : Response.ok(reconciliation.repair()).build();
    }

    private Response refuse(String authorization) {
        return operator.refusal(authorization).orElse(null);
    }
}
