package vn.dacsan.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dacsan.dev.PayaraMicroCommand;

/**
 * Two Payara Micro instances of the WAR on loopback, one Hazelcast cluster, one database (H2
 * over TCP in this JVM): a visitor's cart and a shopper's login and cart, started on the first
 * instance, are still there on the second after the first is stopped — as behind a load
 * balancer that moves the shopper when an instance dies.
 */
class TwoInstancesIT {

    private static final String SHOPPER = "khach@demo.dacsan.vn";
    private static final String PASSWORD = "demo12345";
    private static final Duration BOOT = Duration.ofMinutes(6);

    private static Server database;
    private static String databaseUrl;
    private static Path logs;
    private static Instance first;
    private static Instance second;

    private record Instance(String name, Process process, int port, Path log) {
        String root() {
            return "http://127.0.0.1:" + port;
        }
    }

    @BeforeAll
    static void startDatabaseAndTwoInstances() throws Exception {
        database = Server.createTcpServer("-tcpPort", String.valueOf(freePort()), "-ifNotExists").start();
        databaseUrl = "jdbc:h2:tcp://127.0.0.1:" + database.getPort() + "/mem:cluster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        logs = Files.createDirectories(Path.of("target", "two-instances"));
        String cluster = "dacsan-it-" + UUID.randomUUID();
        int gridA = freePort();
        int gridB = freePort();
        String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        Path media = Files.createTempDirectory("media");

        // one after the other: the first creates the schema and the demo data
        first = start("a", cluster, gridA, members, media);
        assertThat(PayaraMicroCommand.awaitOk(first.process(), first.root() + "/dang-nhap", BOOT))
                .as("first instance up, see " + first.log()).isTrue();
        second = start("b", cluster, gridB, members, media);
        assertThat(PayaraMicroCommand.awaitOk(second.process(), second.root() + "/dang-nhap", BOOT))
                .as("second instance up, see " + second.log()).isTrue();
        awaitLog(second, "DG Size: 2", Duration.ofMinutes(2));
    }

    @AfterAll
    static void stopAll() {
        for (Instance instance : new Instance[] {first, second}) {
            if (instance != null && instance.process().isAlive()) {
                instance.process().destroy();
                try {
                    if (!instance.process().waitFor(60, TimeUnit.SECONDS)) {
                        instance.process().destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void cartAndLoginSurviveTheFirstInstanceStopping() throws Exception {
        Map.Entry<Long, String> product = liveProductInStock();
        String cartLink = "/san-pham/" + product.getValue();

        Visitor visitor = new Visitor();
        HttpResponse<String> added = visitor.addToCart(first, product.getKey(), product.getValue(), 2);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        assertThat(visitor.get(first, "/gio-hang").body()).contains(cartLink);

        Visitor shopper = new Visitor();
        assertThat(shopper.logIn(first, SHOPPER, PASSWORD).statusCode()).isEqualTo(302);
        assertThat(shopper.addToCart(first, product.getKey(), product.getValue(), 1).statusCode()).isEqualTo(302);
        assertThat(shopper.get(first, "/don-hang-cua-toi").statusCode()).isEqualTo(200);

        first.process().destroy();
        assertThat(first.process().waitFor(2, TimeUnit.MINUTES)).as("first instance stopped").isTrue();
        awaitLog(second, "DG Size: 1", Duration.ofMinutes(2));

        HttpResponse<String> cart = visitor.get(second, "/gio-hang");
        assertThat(cart.statusCode()).isEqualTo(200);
        assertThat(cart.body()).as("the visitor's cart, kept in the session, on the second instance").contains(cartLink);

        HttpResponse<String> orders = shopper.get(second, "/don-hang-cua-toi");
        assertThat(orders.statusCode()).as("still logged in on the second instance").isEqualTo(200);
        assertThat(shopper.get(second, "/gio-hang").body()).contains(cartLink);
    }

    private static Instance start(String name, String cluster, int gridPort, String members, Path media) throws IOException {
        int port = freePort();
        Path log = logs.resolve(name + ".log");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("dacsan.db.url", databaseUrl);
        settings.put("dacsan.db.user", "sa");
        settings.put("dacsan.demo.enabled", "true");
        settings.put("dacsan.media.dir", media.toString());
        settings.put("dacsan.solr.url", "http://127.0.0.1:9/solr");
        settings.put("dacsan.certificates.watch-delay-seconds", "3600");
        List<String> command = new ArrayList<>(PayaraMicroCommand.of(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("project.war")), Path.of(System.getProperty("payara.config.dir", "payara-config")),
                port, settings));
        command.removeAll(List.of("--nocluster", "--nohazelcast"));
        command.addAll(List.of("--clustername", cluster, "--clustermode", "tcpip:" + members,
                "--startport", String.valueOf(gridPort), "--interfaces", "127.0.0.1",
                // both members share one address here; backups must still go to the other one
                "--nohostaware"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Instance(name, process, port, log);
    }

    private static void awaitLog(Instance instance, String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.readString(instance.log(), StandardCharsets.ISO_8859_1).contains(text)) {
            assertThat(System.nanoTime()).as("'%s' in %s", text, instance.log()).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static Map.Entry<Long, String> liveProductInStock() throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "select id, slug from product where status = 'LIVE' and stock > 5 order by id fetch first 1 rows only")) {
            assertThat(row.next()).as("a live demo product in stock").isTrue();
            return Map.entry(row.getLong(1), row.getString(2));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A browser: one cookie jar for both instances (same host), no redirects followed. */
    private static final class Visitor {
        private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*?value=\"([^\"]*)\"");
        private static final Pattern LOGIN_ACTION = Pattern.compile("<form id=\"login\"[^>]*?action=\"([^\"]*)\"");

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(Instance at, String path) {
            return send(HttpRequest.newBuilder(URI.create(at.root() + path)).timeout(Duration.ofSeconds(60)).GET().build());
        }

        HttpResponse<String> post(Instance at, String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(at.root() + path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", at.root())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        HttpResponse<String> addToCart(Instance at, long productId, String slug, int quantity) {
            return post(at, "/gio-hang/them", Map.of("productId", String.valueOf(productId), "slug", slug,
                    "quantity", String.valueOf(quantity)));
        }

        HttpResponse<String> logIn(Instance at, String email, String password) {
            String page = get(at, "/dang-nhap").body();
            Matcher state = VIEW_STATE.matcher(page);
            Matcher action = LOGIN_ACTION.matcher(page);
            assertThat(state.find() && action.find()).as("the login form").isTrue();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("email", email);
            form.put("password", password);
            form.put("next", "");
            form.put("submit", "Đăng nhập");
            form.put("jakarta.faces.ViewState", state.group(1));
            return post(at, action.group(1).replace("&amp;", "&"), form);
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException("Request failed: " + request.uri(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
