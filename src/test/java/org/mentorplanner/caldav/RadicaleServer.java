package org.mentorplanner.caldav;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real CalDAV server for tests: Debian's Radicale, started on 127.0.0.1 on a free port with
 * its config, users file and storage in a temporary folder, waited for until it answers, and
 * stopped after the test class. Register it with
 * {@code @RegisterExtension static final RadicaleServer RADICALE = new RadicaleServer();}.
 * Each test takes a fresh calendar with {@link #newCalendar()}, so tests share one server and
 * stay fast. Without Radicale installed the tests fail and say how to install it.
 */
public final class RadicaleServer implements BeforeAllCallback, AfterAllCallback {

    public static final String USER = "alice";
    public static final String PASSWORD = "s3cret pass";

    private static final List<Path> KNOWN_LOCATIONS = List.of(Path.of("/usr/bin/radicale"), Path.of("/usr/local/bin/radicale"));
    private static final AtomicInteger CALENDARS = new AtomicInteger();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Path folder;
    private Path executable;
    private Path config;
    private volatile Process process;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        prepare();
        start();
    }

    /**
     * Writes the configuration, users file and empty storage without starting the server, so
     * that a benchmark can put calendars straight into the storage first ({@link #storageOf}).
     */
    public void prepare() throws IOException {
        prepare(freePort());
    }

    /** {@link #prepare()} for a given port: a benchmark that reuses a storage whose URLs name the port. */
    public void prepare(int port) throws IOException {
        Path executable = executable();
        folder = Files.createTempDirectory("radicale-test");
        this.port = port;
        Path users = Files.writeString(folder.resolve("users"), USER + ":" + PASSWORD + "\n");
        Path config = Files.writeString(folder.resolve("config"), """
                [server]
                hosts = 127.0.0.1:%d
                [auth]
                type = htpasswd
                htpasswd_filename = %s
                htpasswd_encryption = plain
                delay = 0
                [rights]
                type = owner_only
                [storage]
                filesystem_folder = %s
                [logging]
                level = warning
                """.formatted(port, users, folder.resolve("collections")));
        this.executable = executable;
        this.config = config;
    }

    /**
     * The storage folder of {@link #USER}'s calendar {@code name}, made a calendar collection
     * (Radicale's {@code .Radicale.props}) if it is not one yet: each {@code NAME.ics} file put
     * there is an event at {@code calendarUrl(name) + NAME.ics}. Write before {@link #start()} or
     * while no request runs; Radicale notices changed files by their content.
     */
    public Path storageOf(String name) throws IOException {
        Path collection = folder.resolve("collections").resolve("collection-root").resolve(USER).resolve(name);
        Files.createDirectories(collection);
        Path props = collection.resolve(".Radicale.props");
        if (!Files.exists(props)) {
            Files.writeString(props, "{\"C:supported-calendar-component-set\": \"VEVENT\", \"tag\": \"VCALENDAR\"}");
        }
        return collection;
    }

    /** The storage folder (Radicale's {@code filesystem_folder}). */
    public Path storageRoot() {
        return folder.resolve("collections");
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    /** The URL of {@link #USER}'s calendar {@code name}; it ends in {@code /}. */
    public URI calendarUrl(String name) {
        return base().resolve("/" + USER + "/" + name + "/");
    }

    /** Starts the server process (again, after {@link #kill()}) on the same port and storage, and waits until it answers. */
    public void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(executable.toString(), "--config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("radicale.log").toFile()))
                .start();
        awaitListening();
    }

    /**
     * Stops the server process at once, as a crash or a pulled plug would (SIGKILL): requests
     * in flight get no answer, and the port refuses connections until {@link #start()}.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** A new, empty calendar collection of {@link #USER}; its URL ends in {@code /}. */
    public URI newCalendar() throws IOException, InterruptedException {
        URI calendar = base().resolve("/" + USER + "/team-" + CALENDARS.incrementAndGet() + "/");
        HttpResponse<String> response = send(HttpRequest.newBuilder(calendar).method("MKCALENDAR", HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Radicale did not create " + calendar + ": " + response.statusCode() + " " + response.body());
        }
        return calendar;
    }

    /** The body of a resource as the server has it. */
    public String get(URI calendar, String href) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(calendar.resolve(href)).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + href + ": " + response.statusCode());
        }
        return response.body();
    }

    /** Writes a resource as another calendar app would (no conditions). */
    public void put(URI calendar, String href, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(calendar.resolve(href))
                .header("Content-Type", "text/calendar; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("PUT " + href + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** Deletes a resource as another calendar app would. */
    public void delete(URI calendar, String href) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(calendar.resolve(href)).DELETE());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("DELETE " + href + ": " + response.statusCode());
        }
    }

    /** A port on 127.0.0.1 that nothing listens on (as far as one can tell): a server that is down. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String login = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest built = request.header("Authorization", "Basic " + login).build();
        // Radicale closes every connection after its answer (HTTP/1.0) but the JDK pools them: try another.
        for (int attempt = 1; ; attempt++) {
            try {
                return http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static Path executable() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                                    .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "radicale"));
        return Stream.concat(KNOWN_LOCATIONS.stream(), onPath).filter(Files::isExecutable).findFirst()
                     .orElseThrow(() -> new IllegalStateException("Radicale is not installed, and the CalDAV sync tests need it "
                             + "as their server: install it with 'apt-get install radicale' (Debian/Ubuntu) or "
                             + "'pip install radicale', or run .ci/run as root, which installs it."));
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Radicale stopped at start (exit " + process.exitValue() + "): "
                        + Files.readString(folder.resolve("radicale.log")));
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(25);
            }
        }
        throw new IllegalStateException("Radicale did not answer on port " + port + " within 15 s: "
                + Files.readString(folder.resolve("radicale.log")));
    }
}
