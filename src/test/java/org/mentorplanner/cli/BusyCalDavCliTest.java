package org.mentorplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.caldav.RadicaleServer;
import org.mentorplanner.cli.CliRunner.Run;

/** A CalDAV calendar as a busy source, on a Radicale the test starts; the password only from the environment. */
class BusyCalDavCliTest {

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    @RegisterExtension
    final CliRunner runner = new CliRunner();

    @TempDir
    Path folder;

    private Path db;
    private final Map<String, String> environment = runner.environment();

    private Run cli(String... args) {
        return runner.run(args);
    }

    @BeforeEach
    void setUp() throws IOException {
        db = runner.db();
        Path people = Files.writeString(folder.resolve("people.csv"), "email,name,roles\nada@example.org,Ada,mentor\n", StandardCharsets.UTF_8);
        assertThat(cli("import", "people", people.toString()).code()).isZero();
    }

    private static String event(String uid, String start, String end) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261101T000000Z\r\n"
                + "DTSTART:" + start + "\r\nDTEND:" + end + "\r\nSUMMARY:" + uid + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void aCalDavCalendarIsReadResourceByResourceAndOnlyAgainWhenAnEtagChanged() throws Exception {
        URI calendar = RADICALE.newCalendar();
        RADICALE.put(calendar, "one.ics", event("one", "20261201T090000Z", "20261201T100000Z"));
        RADICALE.put(calendar, "two.ics", event("two", "20261202T090000Z", "20261202T100000Z"));
        environment.put(BusyCommand.PASSWORD_VARIABLE, RadicaleServer.PASSWORD);

        Run added = cli("busy", "add", "--mentor", "ada@example.org", "--caldav", calendar.toString(), "--user", RadicaleServer.USER);
        Run unchanged = cli("busy", "refresh");
        RADICALE.put(calendar, "three.ics", event("three", "20261203T090000Z", "20261203T100000Z"));
        Run changed = cli("busy", "refresh");
        Run show = cli("busy", "show", "--mentor", "ada@example.org", "--from", "2026-12-01", "--to", "2026-12-31");

        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.err()).contains("2 busy times");
        assertThat(unchanged.out()).contains("unchanged");
        assertThat(changed.out()).contains("3 busy times");
        assertThat(show.out()).contains("2026-12-03 Thu 09:00");
    }

    @Test
    void aWrongPasswordKeepsTheCopyAndSaysWhy() throws Exception {
        URI calendar = RADICALE.newCalendar();
        RADICALE.put(calendar, "one.ics", event("one", "20261201T090000Z", "20261201T100000Z"));
        environment.put(BusyCommand.PASSWORD_VARIABLE, RadicaleServer.PASSWORD);
        cli("busy", "add", "--mentor", "ada@example.org", "--caldav", calendar.toString(), "--user", RadicaleServer.USER);
        environment.put(BusyCommand.PASSWORD_VARIABLE, "wrong");

        Run refresh = cli("busy", "refresh");

        assertThat(refresh.code()).isEqualTo(1);
        assertThat(refresh.out()).contains("refused the login of alice").contains("stays in use");
    }
}
