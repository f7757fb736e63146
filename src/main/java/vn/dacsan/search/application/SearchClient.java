package vn.dacsan.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The application's one SolrJ client, pointed at the configured node and collection. */
@ApplicationScoped
public class SearchClient {

    @Inject
    @ConfigProperty(name = "dacsan.solr.url")
    String url;
    @Inject
    @ConfigProperty(name = "dacsan.solr.collection")
    String collection;
    @Inject
    @ConfigProperty(name = "dacsan.solr.connect-timeout-ms", defaultValue = "2000")
    long connectTimeoutMs;
    @Inject
    @ConfigProperty(name = "dacsan.solr.request-timeout-ms", defaultValue = "5000")
    long requestTimeoutMs;

    private SolrClient solr;
    private ExecutorService httpExecutor;

    public SearchClient() {
    }

    /** For tools and tests outside the container. */
    public static SearchClient forUrl(String url, String collection) {
        return forUrl(url, collection, java.time.Duration.ofMillis(5000));
    }

    /** For tools outside the container that send big batches to a busy node (the benchmark). */
    public static SearchClient forUrl(String url, String collection, java.time.Duration requestTimeout) {
        SearchClient client = new SearchClient();
        client.url = url;
        client.collection = collection;
        client.connectTimeoutMs = 2000;
        client.requestTimeoutMs = requestTimeout.toMillis();
        client.open();
        return client;
    }

    @PostConstruct
    void open() {
        // our own daemon executor: SolrJ's default one makes close() wait up to minutes when
        // Solr is unreachable, which would stall undeploy
        httpExecutor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "solrj-http");
            thread.setDaemon(true);
            return thread;
        });
        solr = new HttpJdkSolrClient.Builder(url)
                .withExecutor(httpExecutor)
                .useHttp1_1(true)
                .withDefaultCollection(collection)
                .withConnectionTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
                .withRequestTimeout(requestTimeoutMs, TimeUnit.MILLISECONDS)
                .build();
    }

    SolrClient solr() {
        return solr;
    }

    @PreDestroy
    public void close() {
        try {
            solr.close();
        } catch (IOException e) {
            // closing a JDK HTTP client cannot lose data; nothing to do
        } finally {
            httpExecutor.shutdownNow();
        }
    }
}
