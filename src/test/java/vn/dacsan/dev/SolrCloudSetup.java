package vn.dacsan.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.dacsan.search.application.CloudCollections;
import vn.dacsan.search.application.SearchClient;

/**
 * Prepares a SolrCloud cluster for the marketplace ({@code mvn -Psolrcloud-setup}): uploads
 * every configset under solr-config/ (each {@code <name>/conf}) and gives each one a collection
 * {@code <name>_<timestamp>} behind an alias {@code <name>}, the name the app is configured with.
 * Run again after changing a configset: it uploads it again and reloads the collections using it.
 *
 * <p>System properties: {@code dacsan.solr.zk-hosts} or {@code dacsan.solr.urls} (one is
 * required), {@code dacsan.solr.shards} and {@code dacsan.solr.replication-factor} (2 and 2),
 * {@code dacsan.solr.collections} (a comma-separated choice; default every configset) and
 * {@code solr.config.dir} (default {@code solr-config}).
 */
public final class SolrCloudSetup {

    private final CloudCollections collections;
    private final Path configDir;

    public SolrCloudSetup(CloudCollections collections, Path configDir) {
        this.collections = collections;
        this.configDir = configDir;
    }

    public static void main(String[] args) throws IOException {
        Optional<String> zkHosts = property("dacsan.solr.zk-hosts");
        Optional<String> urls = property("dacsan.solr.urls");
        if (zkHosts.isEmpty() && urls.isEmpty()) {
            System.err.println("Set -Ddacsan.solr.zk-hosts=zk1:2181,zk2:2181,zk3:2181 "
                    + "or -Ddacsan.solr.urls=http://solr1:8983/solr,http://solr2:8983/solr");
            System.exit(2);
        }
        Path configDir = Path.of(property("solr.config.dir").orElse("solr-config"));
        CloudCollections.Layout layout = new CloudCollections.Layout(
                Integer.parseInt(property("dacsan.solr.shards").orElse("2")),
                Integer.parseInt(property("dacsan.solr.replication-factor").orElse("2")),
                Optional.empty());
        // the client's own collection is not used: every call below names its collection
        try (Closing client = new Closing(zkHosts.isPresent()
                ? SearchClient.forZooKeeper(zkHosts.get(), "products")
                : SearchClient.forSolrCloud(List.of(urls.get().split(",")), "products"))) {
            SolrCloudSetup setup = new SolrCloudSetup(new CloudCollections(client.client, Clock.systemUTC(), layout), configDir);
            List<String> names = property("dacsan.solr.collections")
                    .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                    .orElse(setup.configSets());
            for (String name : names) {
                System.out.println(setup.apply(name));
            }
        }
    }

    /** The configsets found under the config directory: every folder with a {@code conf} folder. */
    public List<String> configSets() throws IOException {
        try (Stream<Path> dirs = Files.list(configDir)) {
            return dirs.filter(dir -> Files.isDirectory(dir.resolve("conf")))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    /** Uploads the configset and makes sure an alias of the same name points at a collection using it. */
    public String apply(String name) {
        Path conf = configDir.resolve(name).resolve("conf");
        if (!Files.isDirectory(conf)) {
            throw new IllegalArgumentException("No configset " + name + " at " + conf);
        }
        collections.uploadConfigSet(name, conf);
        List<String> current = collections.aliased(name);
        if (!current.isEmpty()) {
            current.forEach(collections::reload);
            return name + ": configset uploaded, collections " + current + " behind alias " + name + " reloaded";
        }
        if (collections.collectionExists(name)) {
            collections.reload(name);
            return name + ": configset uploaded, collection " + name + " reloaded (a plain collection, not an alias: "
                    + "a full reindex rebuilds it in place)";
        }
        String created = collections.createGeneration(name);
        collections.pointAlias(name, created, Duration.ofSeconds(30));
        CloudCollections.Layout layout = collections.layout();
        return name + ": configset uploaded, collection " + created + " (" + layout.shards() + " shards x "
                + layout.replicationFactor() + " replicas) created, alias " + name + " points at it";
    }

    private static Optional<String> property(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            String env = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
            value = env == null || env.isBlank() ? null : env;
        }
        return Optional.ofNullable(value).map(String::trim);
    }

    private record Closing(SearchClient client) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }
}
