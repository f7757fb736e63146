package vn.dacsan.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the dev launcher and the benchmark start the WAR on Payara Micro as a child process:
 * one command line (app settings as system properties, the pre-boot command file, no
 * clustering) and one readiness wait.
 */
public final class PayaraMicroCommand {

    private PayaraMicroCommand() {
    }

    /** The java command for {@code war} on {@code port}; {@code settings} become -D app settings. */
    public static List<String> of(Path payaraJar, Path war, Path payaraConfig, int port, Map<String, String> settings) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port),
                "--nocluster", "--nohazelcast", "--disablephonehome"));
        Path preBoot = payaraConfig.resolve("pre-boot-commands.asadmin");
        if (Files.isRegularFile(preBoot)) {
            command.addAll(List.of("--prebootcommandfile", preBoot.toAbsolutePath().toString()));
        }
        return command;
    }

    /** Polls {@code url} until it answers 200 (true), or the process dies or the timeout passes (false). */
    public static boolean awaitOk(Process payara, String url, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (payara.isAlive() && System.nanoTime() < deadline) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        return false;
    }
}
