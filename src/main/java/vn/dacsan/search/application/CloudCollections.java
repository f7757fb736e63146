package vn.dacsan.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.RequestStatusState;
import org.apache.solr.common.SolrException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On SolrCloud the configured collection name is an alias for one generation of the index,
 * a collection named {@code <alias>_<yyyyMMddHHmmssSSS>}. A full rebuild fills a new generation
 * and then moves the alias, so searches always see a complete index.
 */
@ApplicationScoped
public class CloudCollections {

    private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);

    /** How a new collection is laid out: shards, copies of each, and the configset it uses. */
    public record Layout(int shards, int replicationFactor, Optional<String> configSet) {
        public Layout {
            if (shards < 1 || replicationFactor < 1) {
                throw new IllegalArgumentException("Shards and replication factor must be at least 1");
            }
        }

        /** The configset named in configuration, else the one named like the alias. */
        public String configSetFor(String alias) {
            return configSet.filter(s -> !s.isBlank()).orElse(alias);
        }
    }

    @Inject
    SearchClient client;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dacsan.solr.shards", defaultValue = "2")
    int shards;
    @Inject
    @ConfigProperty(name = "dacsan.solr.replication-factor", defaultValue = "2")
    int replicationFactor;
    @Inject
    @ConfigProperty(name = "dacsan.solr.configset")
    Optional<String> configSet;
    @Inject
    @ConfigProperty(name = "dacsan.solr.admin-timeout-seconds", defaultValue = "120")
    long adminTimeoutSeconds;

    public CloudCollections() {
    }

    public CloudCollections(SearchClient client, Clock clock, Layout layout) {
        this.client = client;
        this.clock = clock;
        this.shards = layout.shards();
        this.replicationFactor = layout.replicationFactor();
        this.configSet = layout.configSet();
        this.adminTimeoutSeconds = 120;
    }

    public Layout layout() {
        return new Layout(shards, replicationFactor, configSet);
    }

    /** The collections the alias points at; empty when the name is a plain collection or unknown. */
    public List<String> aliased(String alias) {
        try {
            List<String> target = new CollectionAdminRequest.ListAliases().process(client.solr())
                    .getAliasesAsLists().get(alias);
            return target == null ? List.of() : List.copyOf(target);
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("Could not read the Solr aliases: " + e.getMessage(), e);
        }
    }

    /**
     * The collection a full rebuild is filling for this alias, if one is under way. Every
     * instance's outbox indexer sends its changes there too, so none is missing after the swap.
     */
    public Optional<String> building(String alias) {
        String name = buildingAlias(alias);
        List<String> target = client.cloud().getClusterStateProvider().resolveAlias(name);
        return target.isEmpty() || target.equals(List.of(name)) ? Optional.empty() : Optional.of(target.get(0));
    }

    static String buildingAlias(String alias) {
        return alias + "_building";
    }

    public void deleteAlias(String alias) {
        try {
            CollectionAdminRequest.deleteAlias(alias).process(client.solr());
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("Could not delete alias " + alias + ": " + e.getMessage(), e);
        }
    }

    /** True when a collection (not an alias) of this name exists. */
    public boolean collectionExists(String name) {
        try {
            return CollectionAdminRequest.listCollections(client.solr()).contains(name);
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("Could not list the Solr collections: " + e.getMessage(), e);
        }
    }

    /** Creates an empty new generation for the alias, every replica active, and returns its name. */
    public String createGeneration(String alias) {
        String name = alias + "_" + GENERATION.format(clock.instant());
        String config = layout().configSetFor(alias);
        CollectionAdminRequest.Create create = CollectionAdminRequest
                .createCollection(name, config, shards, replicationFactor);
        create.setWaitForFinalState(true);
        await(create, "create collection " + name + " from configset " + config);
        return name;
    }

    /**
     * Runs a collection command asynchronously and polls until it is done: creating or
     * deleting a collection takes longer than the request timeout that suits searches.
     */
    private void await(CollectionAdminRequest.AsyncCollectionAdminRequest request, String what) {
        try {
            RequestStatusState state = request.processAndWait(client.solr(), adminTimeoutSeconds);
            if (state != RequestStatusState.COMPLETED) {
                throw new SearchUnavailableException("Could not " + what + ": Solr reports " + state
                        + " after " + adminTimeoutSeconds + " s", null);
            }
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("Could not " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("Interrupted while waiting to " + what, e);
        }
    }

    /** Makes the new generation searchable at once, instead of at the next soft commit. */
    public void commit(String collection) {
        try {
            client.solr().commit(collection, true, true);
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("Could not commit " + collection + ": " + e.getMessage(), e);
        }
    }

    /**
     * Points the alias at this collection (Solr swaps it atomically) and waits, up to the timeout,
     * until this client routes the alias there too.
     */
    public void pointAlias(String alias, String collection, Duration timeout) {
        try {
            CollectionAdminRequest.createAlias(alias, collection).process(client.solr());
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("Could not point alias " + alias + " at " + collection + ": "
                    + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!client.cloud().getClusterStateProvider().resolveAlias(alias).equals(List.of(collection))
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Uploads a configset directory (the {@code conf} folder of solr-config/&lt;name&gt;) under
     * this name, replacing an earlier upload; collections use it from their next reload.
     */
    public void uploadConfigSet(String name, Path confDir) {
        Path zip = null;
        try {
            zip = Files.createTempFile("configset-" + name, ".zip");
            zipTree(confDir, zip);
            new ConfigSetAdminRequest.Upload()
                    .setConfigSetName(name)
                    .setUploadFile(zip.toFile(), "application/zip")
                    .setOverwrite(true)
                    .setCleanup(true)
                    .process(client.solr());
        } catch (SolrServerException | IOException | SolrException e) {
            throw new SearchUnavailableException("Could not upload configset " + name + " from " + confDir + ": "
                    + e.getMessage(), e);
        } finally {
            if (zip != null) {
                zip.toFile().delete();
            }
        }
    }

    public void reload(String collection) {
        await(CollectionAdminRequest.reloadCollection(collection), "reload collection " + collection);
    }

    private static void zipTree(Path dir, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    public void delete(String collection) {
        await(CollectionAdminRequest.deleteCollection(collection), "delete collection " + collection);
    }
}
