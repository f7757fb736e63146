package vn.dacsan.storefront;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.dacsan.dev.LocalSolrNode;
import vn.dacsan.testing.TestPostgres;

/**
 * The real WAR built by Maven, configured for a test run: the shared Solr node of this JVM
 * (emptied first), an in-memory H2 database (in the PostgreSQL pass, a fresh schema that is
 * dropped when the test JVM ends), demo data and an operator token.
 */
final class MarketplaceDeployment {

    static final String ADMIN_TOKEN = "test-operator-token";
    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private MarketplaceDeployment() {
    }

    static WebArchive create() {
        return create(Map.of());
    }

    /** The same, with these settings added or replaced (a mail server of the test, say). */
    static WebArchive create(Map<String, String> settings) {
        LocalSolrNode solr = LocalSolrNode.shared();
        emptyIndex(solr);
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(Path.of(System.getProperty("project.war", "target/dacsan.war")).toFile())
                .as(WebArchive.class);
        Properties config = new Properties();
        try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
            config.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            config.setProperty("dacsan.solr.url", solr.baseUrl());
            config.setProperty("dacsan.solr.collection", LocalSolrNode.CORE);
            database().forEach(config::setProperty);
            config.setProperty("dacsan.demo.enabled", "true");
            config.setProperty("dacsan.media.dir", Files.createTempDirectory("media-it").toString());
            config.setProperty("dacsan.admin.token", ADMIN_TOKEN);
            // the daily certificate watch is tested on its own; here it would notify in the middle of other tests
            config.setProperty("dacsan.certificates.watch-delay-seconds", "86400");
            settings.forEach(config::setProperty);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            config.store(out, "test deployment");
            war.delete(CONFIG);
            war.add(new ByteArrayAsset(out.toByteArray()), CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war;
    }

    private static Map<String, String> database() {
        if (!TestPostgres.chosen()) {
            return Map.of("dacsan.db.url", "jdbc:h2:mem:marketplace-it;DB_CLOSE_DELAY=-1");
        }
        String schema = TestPostgres.createSchema("it_war");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TestPostgres.dropSchema(schema)));
        return Map.of("dacsan.db.url", TestPostgres.urlFor(schema),
                "dacsan.db.user", TestPostgres.user(),
                "dacsan.db.password", TestPostgres.password());
    }

    private static void emptyIndex(LocalSolrNode solr) {
        try (var client = new HttpJdkSolrClient.Builder(solr.baseUrl()).build()) {
            for (String core : solr.cores()) {
                client.deleteByQuery(core, "*:*");
                client.commit(core);
            }
        } catch (IOException | SolrServerException e) {
            throw new IllegalStateException("Cannot empty the test index", e);
        }
    }
}
