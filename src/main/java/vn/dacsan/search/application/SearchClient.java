package vn.dacsan.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one SolrJ client. Given ZooKeeper hosts ({@code dacsan.solr.zk-hosts}) or
 * SolrCloud node URLs ({@code dacsan.solr.urls}) it talks to the collection (or alias) through
 * {@link CloudSolrClient}; otherwise to the core of the single node at {@code dacsan.solr.url}.
 */
@ApplicationScoped
public class SearchClient implements AutoCloseable {

    @Inject
    @ConfigProperty(name = "dacsan.solr.url")
    String url;
    @Inject
    @ConfigProperty(name = "dacsan.solr.zk-hosts")
    Optional<String> zkHosts;
    @Inject
    @ConfigProperty(name = "dacsan.solr.urls")
    Optional<String> nodeUrls;
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
    private QueryTimer timer;

    public SearchClient() {
    }

    /** A single node, for tools and tests outside the container. */
    public static SearchClient forUrl(String url, String collection) {
        return forUrl(url, collection, java.time.Duration.ofMillis(5000));
    }

    /** For tools outside the container that send big batches to a busy node (the benchmark). */
    public static SearchClient forUrl(String url, String collection, java.time.Duration requestTimeout) {
        return configured(url, Optional.empty(), Optional.empty(), collection, requestTimeout);
    }

    /** A SolrCloud collection or alias reached through ZooKeeper ({@code host:port,host:port[/chroot]}). */
    public static SearchClient forZooKeeper(String zkHosts, String collection) {
        return configured(null, Optional.of(zkHosts), Optional.empty(), collection, java.time.Duration.ofMillis(5000));
    }

    /** A SolrCloud collection or alias reached through any of these node URLs ({@code http://host:8983/solr}). */
    public static SearchClient forSolrCloud(List<String> nodeUrls, String collection) {
        return configured(null, Optional.empty(), Optional.of(String.join(",", nodeUrls)), collection,
                java.time.Duration.ofMillis(5000));
    }

    private static SearchClient configured(String url, Optional<String> zkHosts, Optional<String> nodeUrls,
                                           String collection, java.time.Duration requestTimeout) {
        SearchClient client = new SearchClient();
        client.url = url;
        client.zkHosts = zkHosts;
        client.nodeUrls = nodeUrls;
        client.collection = collection;
        client.connectTimeoutMs = 2000;
        client.requestTimeoutMs = requestTimeout.toMillis();
        client.open();
        return client;
    }

    @PostConstruct
    void open() {
        timer = new QueryTimer();
        if (zkHosts.filter(s -> !s.isBlank()).isPresent()) {
            ZooKeeperAddress zk = ZooKeeperAddress.parse(zkHosts.get());
            solr = new CloudSolrClient.Builder(zk.hosts(), zk.chroot())
                    .withInternalClientBuilder(cloudHttpClient())
                    .withZkConnectTimeout((int) Math.max(connectTimeoutMs, 10_000), TimeUnit.MILLISECONDS)
                    .withDefaultCollection(collection)
                    .build();
        } else if (nodeUrls.filter(s -> !s.isBlank()).isPresent()) {
            solr = new CloudSolrClient.Builder(list(nodeUrls.get()))
                    .withInternalClientBuilder(cloudHttpClient())
                    .withDefaultCollection(collection)
                    .build();
        } else {
            // Jetty's client (already in the WAR for SolrCloud) over HTTP/1.1: one search from one
            // client took 1.5 ms at p50 on a 100k index against 2.6 ms with the JDK's HttpClient.
            // Our own daemon executor: SolrJ's default one can make close() wait when Solr is
            // unreachable, which would stall undeploy.
            httpExecutor = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "solrj-http");
                thread.setDaemon(true);
                return thread;
            });
            solr = new Http2SolrClient.Builder(url)
                    .withExecutor(httpExecutor)
                    .useHttp1_1(true)
                    .withDefaultCollection(collection)
                    .withConnectionTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
                    .withRequestTimeout(requestTimeoutMs, TimeUnit.MILLISECONDS)
                    .build();
        }
    }

    private Http2SolrClient.Builder cloudHttpClient() {
        return new Http2SolrClient.Builder()
                .withConnectionTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
                .withRequestTimeout(requestTimeoutMs, TimeUnit.MILLISECONDS);
    }

    SolrClient solr() {
        return solr;
    }

    /**
     * A query of the collection that fails with {@link QueryTimedOutException} if Solr has not
     * answered by the deadline. Sent as a form POST: a GET's parameters are encoded into the URL,
     * which Jetty's client then parses and encodes again, a fifth of a search's CPU in the server.
     */
    QueryResponse query(SolrQuery query, QueryTimer.Deadline deadline) throws SolrServerException, IOException {
        return query(collection, query, deadline);
    }

    /** The same for another collection (the news). */
    QueryResponse query(String collection, SolrQuery query, QueryTimer.Deadline deadline)
            throws SolrServerException, IOException {
        return timer.within(deadline, () -> solr.query(collection, query, SolrRequest.METHOD.POST));
    }

    /** The configured collection name: a core on a single node, an alias (or collection) on SolrCloud. */
    public String collection() {
        return collection;
    }

    public boolean isCloud() {
        return solr instanceof CloudSolrClient;
    }

    CloudSolrClient cloud() {
        if (!isCloud()) {
            throw new IllegalStateException("Not connected to SolrCloud");
        }
        return (CloudSolrClient) solr;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code zk1:2181,zk2:2181,zk3:2181/solr}: the hosts, and the chroot after the first slash. */
    record ZooKeeperAddress(List<String> hosts, Optional<String> chroot) {
        static ZooKeeperAddress parse(String address) {
            String trimmed = address.trim();
            int slash = trimmed.indexOf('/');
            String hosts = slash < 0 ? trimmed : trimmed.substring(0, slash);
            String chroot = slash < 0 ? "" : trimmed.substring(slash);
            if (hosts.isBlank()) {
                throw new IllegalArgumentException("dacsan.solr.zk-hosts names no ZooKeeper host: " + address);
            }
            return new ZooKeeperAddress(list(hosts), chroot.isEmpty() || "/".equals(chroot)
                    ? Optional.empty() : Optional.of(chroot));
        }
    }

    @PreDestroy
    public void close() {
        try {
            solr.close();
        } catch (IOException e) {
            // closing an HTTP client cannot lose data; nothing to do
        } finally {
            timer.close();
            if (httpExecutor != null) {
                httpExecutor.shutdownNow();
            }
        }
    }
}
