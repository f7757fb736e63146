package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.SolrPing;
import org.apache.solr.client.solrj.response.SolrPingResponse;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when Solr answers a ping on the product collection (on SolrCloud, through the
 * alias: the ping is answered by a live copy of each shard).
 */
@Readiness
@ApplicationScoped
public class SolrReadiness implements HealthCheck {

    @Inject
    SearchClient client;

    public SolrReadiness() {
    }

    SolrReadiness(SearchClient client) {
        this.client = client;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            SolrPingResponse ping = ping();
            return HealthCheckResponse.named("solr").status(ping.getStatus() == 0)
                    .withData("latencyMs", ping.getQTime()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("solr").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }

    /** Pings the collection the app uses; a cloud client has no default one, so it is always named. */
    SolrPingResponse ping() throws SolrServerException, IOException {
        return new SolrPing().process(client.solr(), client.collection());
    }
}
