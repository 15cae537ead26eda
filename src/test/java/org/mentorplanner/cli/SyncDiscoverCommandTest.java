package org.mentorplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.caldav.RadicaleServer;
import org.mentorplanner.cli.CliRunner.Run;

/**
 * {@code sync discover} and {@code sync create-calendar} end to end against a real CalDAV server,
 * and the security rules every CalDAV command follows (password file permissions, plain http).
 */
class SyncDiscoverCommandTest {

    @RegisterExtension
    static final RadicaleServer RADICALE = new RadicaleServer();

    @RegisterExtension
    final CliRunner runner = new CliRunner();

    @TempDir
    Path folder;

    private Path db;
    private URI root;
    private URI team;
    private final Map<String, String> environment = runner.environment();

    private Run cli(String... args) {
        return runner.run(args);
    }

    @BeforeEach
    void setUp() throws Exception {
        db = runner.db();
        team = RADICALE.newCalendar();
        root = team.resolve("/");
        environment.put("MENTORPLANNER_CALDAV_PASSWORD", RadicaleServer.PASSWORD);
    }

    @Test
    void discoverListsTheUsersCalendarsFromTheServersAddress() {
        Run run = cli("sync", "discover", "--server", root.toString(), "--user", RadicaleServer.USER);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Calendar home of alice: " + root.resolve("/alice/") + System.lineSeparator());
        assertThat(run.out()).contains("URL").contains("NAME").contains("COMPONENTS").contains(team.toString());
    }

    @Test
    void createCalendarPrintsTheNewUrlThatDiscoverAndSyncThenUse() {
        Run created = cli("sync", "create-calendar", "--server", root.toString(), "--user", RadicaleServer.USER,
                "--name", "Mentoring planning");
        Run again = cli("sync", "create-calendar", "--server", root.toString(), "--user", RadicaleServer.USER,
                "--name", "Mentoring planning");
        Run listed = cli("sync", "discover", "--server", root.toString(), "--user", RadicaleServer.USER, "--format", "json");

        assertThat(created.code()).as(created.err()).isZero();
        String url = root.resolve("/alice/mentoring-planning/").toString();
        assertThat(created.out().strip()).isEqualTo(url);
        assertThat(created.err()).contains("Created the calendar \"Mentoring planning\".");
        assertThat(again.code()).isEqualTo(Cli.REFUSED);
        assertThat(again.err()).contains("There is a calendar named \"Mentoring planning\" already, at " + url);
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("\"user\": \"alice\"").contains("\"home\": \"" + root.resolve("/alice/") + "\"")
                .contains(String.join("\n",
                        "      \"url\": \"" + url + "\",",
                        "      \"displayName\": \"Mentoring planning\",",
                        "      \"components\": [",
                        "        \"VEVENT\"",
                        "      ],",
                        "      \"holdsEvents\": true"));
        Run sync = cli("sync", "caldav", "--url", url, "--user", RadicaleServer.USER);
        assertThat(sync.code()).as(sync.err()).isZero();
    }

    @Test
    void refusedInputExitsWithOneAndMissingOptionsWithTwo() {
        Run wrongPassword = cli("sync", "discover", "--server", root.toString(), "--user", RadicaleServer.USER,
                "--password-file", privateFile("wrong\n").toString());
        Run notALink = cli("sync", "discover", "--server", "dav.example.org", "--user", "alice");
        Run emptyName = cli("sync", "create-calendar", "--server", root.toString(), "--user", "alice", "--name", " ");
        Run noServer = cli("sync", "discover", "--user", "alice");
        Run noName = cli("sync", "create-calendar", "--server", root.toString(), "--user", "alice");
        environment.clear();
        Run noPassword = cli("sync", "discover", "--server", root.toString(), "--user", "alice");

        assertThat(wrongPassword.code()).isEqualTo(Cli.REFUSED);
        assertThat(wrongPassword.err()).contains("refused the login of alice: wrong user name or password.");
        assertThat(notALink.code()).isEqualTo(Cli.REFUSED);
        assertThat(notALink.err()).contains("Server address must be a full http(s) link");
        assertThat(emptyName.code()).isEqualTo(Cli.REFUSED);
        assertThat(emptyName.err()).contains("Calendar name is empty");
        assertThat(noServer.code()).isEqualTo(Cli.USAGE);
        assertThat(noServer.err()).contains("--server");
        assertThat(noName.code()).isEqualTo(Cli.USAGE);
        assertThat(noPassword.code()).isEqualTo(Cli.USAGE);
        assertThat(noPassword.err()).contains("No password for alice: set MENTORPLANNER_CALDAV_PASSWORD or give --password-file FILE.");
    }

    @Test
    void aPasswordFileOthersCanReadIsRefusedWithTheChmodThatFixesIt() throws Exception {
        Path file = Files.writeString(folder.resolve("caldav password"), RadicaleServer.PASSWORD + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        Run discover = cli("sync", "discover", "--server", root.toString(), "--user", RadicaleServer.USER,
                "--password-file", file.toString());
        Run sync = cli("sync", "caldav", "--url", team.toString(), "--user", RadicaleServer.USER, "--password-file", file.toString());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Run afterChmod = cli("sync", "discover", "--server", root.toString(), "--user", RadicaleServer.USER,
                "--password-file", file.toString());

        assertThat(discover.code()).isEqualTo(Cli.REFUSED);
        assertThat(discover.err().strip()).isEqualTo("The password file " + file + " can be read by other users of this computer"
                + " (rw-r--r--): make it yours alone with chmod 600 '" + file + "', then run the command again.");
        assertThat(sync.code()).isEqualTo(Cli.REFUSED);
        assertThat(sync.err()).contains("chmod 600");
        assertThat(afterChmod.code()).as(afterChmod.err()).isZero();
    }

    @Test
    void aPasswordGoesOverPlainHttpToAnotherAddressOnlyWithAllowInsecureHttp() {
        // 0.0.0.0 is not a loopback address, so the rule applies; yet on Linux a connection to it reaches this
        // computer, where the test server listens: the same request then succeeds once plain http is allowed.
        String unspecified = "http://0.0.0.0:" + root.getPort() + "/";

        Run refused = cli("sync", "discover", "--server", unspecified, "--user", RadicaleServer.USER);
        Run refusedSync = cli("sync", "caldav", "--url", unspecified + "alice/" + team.getPath().substring("/alice/".length()),
                "--user", RadicaleServer.USER);
        Run allowed = cli("sync", "discover", "--server", unspecified, "--user", RadicaleServer.USER, "--allow-insecure-http");

        assertThat(refused.code()).isEqualTo(Cli.REFUSED);
        assertThat(refused.err().strip()).isEqualTo("Refused to send the password of alice to " + unspecified.substring(0, unspecified.length() - 1)
                + " over plain http: it would cross the network unencrypted, readable by anyone on the way. Use the server's"
                + " https:// address. Only on a network you trust, allow plain http with --allow-insecure-http.");
        assertThat(refusedSync.code()).isEqualTo(Cli.REFUSED);
        assertThat(refusedSync.err()).contains("--allow-insecure-http");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("Calendar home of alice: " + unspecified + "alice/");
    }

    private Path privateFile(String text) {
        try {
            Path file = Files.writeString(Files.createTempFile(folder, "password", ""), text);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
