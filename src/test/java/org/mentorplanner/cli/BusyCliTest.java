package org.mentorplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.cli.CliRunner.Run;
import org.mentorplanner.domain.busy.BusyBlock;
import org.mentorplanner.service.BusyService;
import org.mentorplanner.service.DirectoryService;

/**
 * Busy sources end to end: the {@code busy} commands on a real SQLite file, with a subscription
 * served by an HTTP server the test starts (conditional GET, a changed calendar, the server gone,
 * a calendar too big).
 */
class BusyCliTest {

    @RegisterExtension
    final CliRunner runner = new CliRunner(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneId.of("Europe/Berlin")));

    @TempDir
    Path folder;

    private Path db;
    private HttpServer server;
    private final AtomicReference<byte[]> served = new AtomicReference<>();
    private final AtomicInteger version = new AtomicInteger(1);
    private final List<String> ifNoneMatch = new ArrayList<>();
    private final AtomicInteger fullAnswers = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        db = runner.db();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ada.ics", exchange -> {
            String etag = "\"v" + version.get() + "\"";
            String sent = exchange.getRequestHeaders().getFirst("If-None-Match");
            synchronized (ifNoneMatch) {
                ifNoneMatch.add(sent);
            }
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(sent)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            byte[] body = served.get();
            fullAnswers.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Run people = cli("import", "people", write("people.csv", "email,name,roles\nada@example.org,Ada,mentor\n").toString());
        assertThat(people.code()).isZero();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private Run cli(String... args) {
        return runner.run(args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ada.ics";
    }

    private static String calendar(String... events) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
        for (String event : events) {
            String[] parts = event.split("\\|");
            ics.append("BEGIN:VEVENT\r\nUID:").append(parts[0]).append("\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:").append(parts[1])
               .append("\r\nDTEND:").append(parts[2]).append("\r\nSUMMARY:").append(parts[0]).append("\r\nEND:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString();
    }

    private void serve(String ics) {
        served.set(ics.getBytes(StandardCharsets.UTF_8));
    }

    private List<BusyBlock> adaBusyInDecember() {
        try (GuiceWorkspace workspace = GuiceWorkspace.open(db, runner.clock())) {
            long ada = workspace.service(DirectoryService.class).requirePerson("ada@example.org").id();
            return workspace.service(BusyService.class).busy(Set.of(ada), Instant.parse("2026-12-01T00:00:00Z"),
                    Instant.parse("2027-01-01T00:00:00Z"));
        }
    }

    @Test
    void aSubscriptionIsReadThenAskedConditionallyThenReplacedWhenItChanges() {
        serve(calendar("Team|20261201T090000Z|20261201T100000Z"));

        Run added = cli("busy", "add", "--mentor", "ada@example.org", "--url", url());
        Run unchanged = cli("busy", "refresh");
        version.incrementAndGet();
        serve(calendar("Team|20261202T090000Z|20261202T100000Z", "Class|20261203T130000Z|20261203T150000Z"));
        Run changed = cli("busy", "refresh", "--mentor", "ada@example.org");

        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.err()).contains("1 busy time");
        assertThat(unchanged.out()).contains("unchanged");
        assertThat(changed.out()).contains("2 busy times");
        assertThat(ifNoneMatch).containsExactly(null, "\"v1\"", "\"v1\"");
        assertThat(fullAnswers).hasValue(2);
        assertThat(adaBusyInDecember()).extracting(BusyBlock::start)
                .containsExactly(Instant.parse("2026-12-02T09:00:00Z"), Instant.parse("2026-12-03T13:00:00Z"));
    }

    @Test
    void aServerThatIsDownLeavesTheLastCopyInUseAndSaysSo() {
        serve(calendar("Team|20261201T090000Z|20261201T100000Z"));
        cli("busy", "add", "--mentor", "ada@example.org", "--url", url());
        server.stop(0);

        Run refresh = cli("busy", "refresh");
        Run list = cli("busy", "list");

        assertThat(refresh.code()).isEqualTo(1);
        assertThat(refresh.out()).contains("not refreshed").contains("refused the connection").contains("stays in use");
        assertThat(refresh.err()).contains("1 busy source could not be refreshed; its last copy stays in use.");
        assertThat(list.out()).contains("refused the connection");
        assertThat(adaBusyInDecember()).hasSize(1);
    }

    @Test
    void aTwentyMegabyteCalendarIsRefusedWithAClearMessage() {
        serve(calendar("Team|20261201T090000Z|20261201T100000Z"));
        cli("busy", "add", "--mentor", "ada@example.org", "--url", url());
        version.incrementAndGet();
        StringBuilder huge = new StringBuilder(calendar("Team|20261201T090000Z|20261201T100000Z").replace("END:VCALENDAR\r\n", ""));
        String padding = "X-PADDING:" + "x".repeat(1000) + "\r\n";
        while (huge.length() < 20 * 1024 * 1024) {
            huge.append(padding);
        }
        serve(huge.append("END:VCALENDAR\r\n").toString());

        Run refresh = cli("busy", "refresh");

        assertThat(refresh.code()).isEqualTo(1);
        assertThat(refresh.out()).contains("The calendar is too big (20.0 MB): at most 10.0 MB are read.");
        assertThat(adaBusyInDecember()).hasSize(1);
    }

    @Test
    void showPrintsTheBusyTimesAsJsonWithOffsetsAndTitlesOnlyWhereShown() throws IOException {
        Path file = write("work.ics", calendar("Secret meeting|20261201T090000Z|20261201T100000Z"));
        serve(calendar("Class|20261201T130000Z|20261201T150000Z"));
        Run hidden = cli("busy", "add", "--mentor", "ada@example.org", "--file", file.toString());
        Run shown = cli("busy", "add", "--mentor", "ada@example.org", "--url", url(), "--show-titles");

        Run json = cli("busy", "show", "--mentor", "ada@example.org", "--from", "2026-12-01", "--to", "2026-12-01", "--format", "json");

        assertThat(hidden.code()).isZero();
        assertThat(shown.code()).isZero();
        String fileId = hidden.out().strip();
        String urlId = shown.out().strip();
        assertThat(json.out().replaceAll("\\s", "")).isEqualTo(("[{\"start\":\"2026-12-01T10:00+01:00\",\"end\":\"2026-12-01T11:00+01:00\","
                + "\"source\":" + fileId + "},{\"start\":\"2026-12-01T14:00+01:00\",\"end\":\"2026-12-01T16:00+01:00\","
                + "\"source\":" + urlId + ",\"title\":\"Class\"}]"));
    }

    @Test
    void anUnchangedFileIsNotReadAgainAndAMissingOneKeepsItsCopy() throws IOException {
        Path file = write("work.ics", calendar("Team|20261201T090000Z|20261201T100000Z"));
        cli("busy", "add", "--mentor", "ada@example.org", "--file", file.toString());

        Run unchanged = cli("busy", "refresh");
        Files.delete(file);
        Run missing = cli("busy", "refresh");

        assertThat(unchanged.out()).contains("unchanged");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.out()).contains("There is no file " + file);
        assertThat(adaBusyInDecember()).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithoutAddingAnything() {
        Run notWeb = cli("busy", "add", "--mentor", "ada@example.org", "--url", "ftp://example.org/cal.ics");
        Run noUser = cli("busy", "add", "--mentor", "ada@example.org", "--caldav", "https://dav.example.org/cal/");
        Run twoPlaces = cli("busy", "add", "--mentor", "ada@example.org", "--url", url(), "--file", "x.ics");
        Run unknownId = cli("busy", "remove", "42");
        Run list = cli("busy", "list");

        assertThat(notWeb.code()).isEqualTo(1);
        assertThat(notWeb.err()).contains("is not a web address");
        assertThat(noUser.code()).isEqualTo(2);
        assertThat(twoPlaces.code()).isEqualTo(2);
        assertThat(unknownId.code()).isEqualTo(1);
        assertThat(unknownId.err()).contains("No busy source #42");
        assertThat(list.out()).contains("No busy sources.");
    }

    @Test
    void removingASourceDropsItsBusyTimes() {
        serve(calendar("Team|20261201T090000Z|20261201T100000Z"));
        String id = cli("busy", "add", "--mentor", "ada@example.org", "--url", url()).out().strip();

        Run removed = cli("busy", "remove", id);

        assertThat(removed.code()).isZero();
        assertThat(adaBusyInDecember()).isEmpty();
        assertThat(cli("busy", "list").out()).contains("No busy sources.");
    }
}
