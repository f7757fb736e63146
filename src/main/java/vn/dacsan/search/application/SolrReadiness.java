package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.solr.client.solrj.response.SolrPingResponse;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when Solr answers a ping on the product collection. */
@Readiness
@ApplicationScoped
public class SolrReadiness implements HealthCheck {

    @Inject
    SearchClient client;

    @Override
    public HealthCheckResponse call() {
        try {
            SolrPingResponse ping = client.solr().ping();
            return HealthCheckResponse.named("solr").status(ping.getStatus() == 0)
                    .withData("latencyMs", ping.getQTime()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("solr").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
