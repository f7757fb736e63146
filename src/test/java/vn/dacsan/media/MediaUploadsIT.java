package vn.dacsan.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads inside Payara Micro, through the real WAR: a Faces page with h:inputFile (the Faces
 * Servlet's multipart-config) and a multipart REST endpoint, both as the seller pages and the
 * API will be wired. Proves that WebP decodes from the WAR's own jars in the server, that a file
 * a little over the limit gets the application's message rather than the server's, and that a
 * refused file leaves nothing in the media folder.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediaUploadsIT {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*?value=\"([^\"]*)\"");
    private static final Path MEDIA = createMediaFolder();

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(Path.of(System.getProperty("project.war", "target/dacsan.war")).toFile())
                .as(WebArchive.class)
                .addClasses(UploadProbePage.class, UploadProbeApi.class, UploadProbeApi.Resource.class)
                .add(new ClassLoaderAsset("media/upload-probe.xhtml"), "upload-probe.xhtml");
        Properties config = new Properties();
        try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
            config.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.setProperty("dacsan.media.dir", MEDIA.toString());
        // no search node is needed here: nothing is indexed without demo data
        config.setProperty("dacsan.solr.url", "http://127.0.0.1:9/solr");
        config.setProperty("dacsan.db.url", "jdbc:h2:mem:uploads-it;DB_CLOSE_DELAY=-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            config.store(out, "upload test deployment");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(CONFIG);
        war.add(new ByteArrayAsset(out.toByteArray()), CONFIG);
        return war;
    }

    private static Path createMediaFolder() {
        try {
            return Files.createTempDirectory("media-uploads-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ArquillianResource
    URL base;

    private HttpClient client;

    @BeforeEach
    void browser() {
        client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void aSellerPageTakesAWebPPictureAndKeepsItWithItsCopies() throws Exception {
        HttpResponse<String> page = submitPage("xoai-say.webp", TestFiles.webp("photo-640x480.webp"));

        assertThat(page.statusCode()).isEqualTo(200);
        Matcher stored = Pattern.compile("<p id=\"stored\">(uploads/products/\\S+\\.webp) image/webp 640x480 400x300,640x480</p>")
                .matcher(page.body());
        assertThat(stored.find()).as(page.body()).isTrue();
        String key = stored.group(1);
        assertThat(MEDIA.resolve(key)).exists();
        assertThat(MEDIA.resolve(key.replace(".webp", "-400.jpg"))).exists();

        HttpResponse<byte[]> served = client.send(HttpRequest.newBuilder(uri("/media/" + key)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).get().asString().startsWith("image/webp");
        assertThat(served.body()).isEqualTo(TestFiles.webp("photo-640x480.webp"));
    }

    @Test
    void aFileALittleOverTheLimitGetsTheApplicationsMessageAndLeavesNothing() throws IOException {
        byte[] sixMegabytes = Arrays.copyOf(TestFiles.jpeg(64, 64), 6 * 1024 * 1024);
        List<Path> before = mediaFiles();

        HttpResponse<String> page = submitPage("anh-lon.jpg", sixMegabytes);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Tệp “anh-lon.jpg” lớn hơn 5 MB.");
        assertThat(mediaFiles()).isEqualTo(before);
    }

    @Test
    void aSellerPageRefusesADisguisedProgramInTheChosenLanguage() throws IOException {
        List<Path> before = mediaFiles();

        HttpResponse<String> page = submitPage("keo-dua.jpg", TestFiles.executable(), "?lang=en");

        assertThat(page.body()).contains("“keo-dua.jpg” is not a kind of file we accept, whatever its name says. Accepted: JPEG, PNG, WebP.");
        assertThat(mediaFiles()).isEqualTo(before);
    }

    @Test
    void theApiTakesACertificateScanAsMultipart() throws IOException {
        HttpResponse<String> response = postMultipart("/upload-probe/certificates", Map.of(), "file", "chung-nhan.pdf", TestFiles.pdf());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"contentType\":\"application/pdf\"").containsPattern("\"key\":\"uploads/certificates/[0-9a-f/]+\\.pdf\"");
    }

    @Test
    void theApiAnswersARefusalWithAProblem() throws IOException {
        List<Path> before = mediaFiles();

        HttpResponse<String> wrongKind = postMultipart("/upload-probe/certificates", Map.of(), "file", "scan.pdf", TestFiles.webPage());
        HttpResponse<String> broken = postMultipart("/upload-probe/certificates", Map.of(), "file", "scan.jpg", TestFiles.jpegHeaderThenGarbage());
        HttpResponse<String> tooBig = postMultipart("/upload-probe/certificates", Map.of(), "file", "scan.pdf", new byte[6 * 1024 * 1024]);

        assertThat(wrongKind.statusCode()).isEqualTo(415);
        assertThat(wrongKind.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(wrongKind.body()).contains("Accepted: PDF, JPEG, PNG, WebP.");
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(tooBig.body()).contains("is larger than 5 MB");
        assertThat(mediaFiles()).isEqualTo(before);
    }

    @Test
    void aFileOverTheServersOwnLimitGetsTheSameKindOfMessageNotTheErrorPage() throws IOException {
        // 40 MB: over the Faces Servlet's max-file-size, so the server stops reading before any page runs
        byte[] forty = Arrays.copyOf(TestFiles.jpeg(64, 64), 40 * 1024 * 1024);
        List<Path> before = mediaFiles();

        HttpResponse<String> page = submitPage("video.jpg", forty);
        HttpResponse<String> api = postMultipart("/upload-probe/certificates", Map.of(), "file", "video.pdf", forty);

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("Tệp bạn chọn lớn hơn 5 MB nên không được nhận.").contains("href=\"/upload-probe.xhtml\"");
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(mediaFiles()).isEqualTo(before);
        assertThat(submitPage("xoai-say.webp", TestFiles.webp("photo-640x480.webp")).body())
                .as("the same visitor can go on").contains("image/webp 640x480");
    }

    private HttpResponse<String> submitPage(String fileName, byte[] content) throws IOException {
        return submitPage(fileName, content, "");
    }

    private HttpResponse<String> submitPage(String fileName, byte[] content, String query) throws IOException {
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/upload-probe.xhtml" + query)).build());
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        Matcher state = VIEW_STATE.matcher(form.body());
        assertThat(state.find()).as(form.body()).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("upload", "upload");
        fields.put("upload:send", "send");
        fields.put("jakarta.faces.ViewState", state.group(1));
        return postMultipart("/upload-probe.xhtml" + query, fields, "upload:file", fileName, content);
    }

    private HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                                               byte[] content) throws IOException {
        String boundary = "----upload" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        // the browser's word for the type is deliberately wrong: only the content may decide
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        String root = base.toString();
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path);
    }

    private static List<Path> mediaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MEDIA)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
