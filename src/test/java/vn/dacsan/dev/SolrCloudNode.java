package vn.dacsan.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.zookeeper.server.quorum.QuorumPeerMain;

/**
 * The pieces of a production SolrCloud, each in its own process on this machine, from the Maven
 * artifacts the project already depends on (ZooKeeper 3.9 and Solr 9.10): a way to rehearse the
 * README's "Production" steps without the Solr and ZooKeeper distributions
 * ({@code mvn -Psolrcloud-node process-test-classes -Dnode=…}, see the README, "Rehearsing on one machine").
 * Every piece listens on 127.0.0.1 only and runs until its process is stopped, so stopping one
 * process is a node failing.
 *
 * <ul>
 *   <li>{@code zookeeper <id> <dir>}: server {@code id} (1–3) of a three-server ensemble, client
 *       port 2180+id (2181, 2182, 2183), peer ports 2887+id and 3887+id, data in {@code dir/zk<id>};
 *   <li>{@code mkroot <zk-hosts/chroot>}: creates the chroot Solr keeps to (what
 *       {@code bin/solr zk mkroot} does);
 *   <li>{@code solr <port> <zk-hosts/chroot> <dir>}: one Solr node in cloud mode on that port,
 *       its home in {@code dir/solr<port>} (kept between starts, so a restarted node finds its
 *       replicas again).
 * </ul>
 */
public final class SolrCloudNode {

    static final int ENSEMBLE = 3;

    private SolrCloudNode() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            usage();
        }
        switch (args[0]) {
            case "zookeeper" -> zookeeper(Integer.parseInt(args[1]), Path.of(args.length > 2 ? args[2] : "target/solrcloud"));
            case "mkroot" -> mkroot(args[1]);
            case "solr" -> solr(Integer.parseInt(args[1]), args[2], Path.of(args.length > 3 ? args[3] : "target/solrcloud"));
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("""
                usage: zookeeper <1|2|3> [dir]
                       mkroot <zk-hosts>/<chroot>
                       solr <port> <zk-hosts>/<chroot> [dir]""");
        System.exit(2);
    }

    /** The configuration of ensemble member {@code id}, as a zoo.cfg would hold it. */
    static Properties zooCfg(int id, Path dataDir) {
        if (id < 1 || id > ENSEMBLE) {
            throw new IllegalArgumentException("ZooKeeper server id must be 1.." + ENSEMBLE + ", not " + id);
        }
        Properties cfg = new Properties();
        cfg.setProperty("tickTime", "2000");
        cfg.setProperty("initLimit", "10");
        cfg.setProperty("syncLimit", "5");
        cfg.setProperty("dataDir", dataDir.toAbsolutePath().toString());
        cfg.setProperty("clientPort", Integer.toString(2180 + id));
        cfg.setProperty("clientPortAddress", "127.0.0.1");
        for (int server = 1; server <= ENSEMBLE; server++) {
            cfg.setProperty("server." + server, "127.0.0.1:" + (2887 + server) + ":" + (3887 + server));
        }
        cfg.setProperty("4lw.commands.whitelist", "mntr,conf,ruok");
        // ZooKeeper's own admin web server would take port 8080
        cfg.setProperty("admin.enableServer", "false");
        return cfg;
    }

    private static void zookeeper(int id, Path dir) throws IOException {
        Path home = dir.resolve("zk" + id);
        Path data = home.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("myid"), id + "\n", StandardCharsets.US_ASCII);
        Path cfgFile = home.resolve("zoo.cfg");
        try (var out = Files.newBufferedWriter(cfgFile, StandardCharsets.UTF_8)) {
            zooCfg(id, data).store(out, "ZooKeeper server " + id + " of " + ENSEMBLE);
        }
        System.out.println("ZooKeeper " + id + " on 127.0.0.1:" + (2180 + id) + ", configuration " + cfgFile);
        QuorumPeerMain.main(new String[] {cfgFile.toString()});
    }

    private static void mkroot(String zkHost) throws Exception {
        int slash = zkHost.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("Name the chroot: " + zkHost + "/solr");
        }
        String chroot = zkHost.substring(slash);
        try (SolrZkClient zk = new SolrZkClient.Builder()
                .withUrl(zkHost.substring(0, slash))
                .withTimeout(30, TimeUnit.SECONDS)
                .withConnTimeOut(30, TimeUnit.SECONDS)
                .build()) {
            if (zk.exists(chroot, true)) {
                System.out.println(chroot + " exists already");
            } else {
                zk.makePath(chroot, false, true);
                System.out.println(chroot + " created");
            }
        }
    }

    private static void solr(int port, String zkHost, Path dir) throws Exception {
        Path home = dir.resolve("solr" + port).toAbsolutePath();
        Files.createDirectories(home);
        Path solrXml = home.resolve("solr.xml");
        if (!Files.exists(solrXml)) {
            Files.writeString(solrXml, MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML, StandardCharsets.UTF_8);
        }
        System.setProperty("solr.log.dir", home.toString());
        Properties node = new Properties();
        node.setProperty("zkHost", zkHost);
        node.setProperty("hostPort", Integer.toString(port));
        JettySolrRunner jetty = new JettySolrRunner(home.toString(), node, JettyConfig.builder()
                .setPort(port)
                .setContext("/solr")
                .withPortRetryTime(0)
                .stopAtShutdown(false)
                .build());
        jetty.start();
        System.out.println("Solr node " + jetty.getBaseUrl() + " in cloud mode against " + zkHost + ", home " + home);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                jetty.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                stopped.countDown();
            }
        }));
        stopped.await();
    }
}
