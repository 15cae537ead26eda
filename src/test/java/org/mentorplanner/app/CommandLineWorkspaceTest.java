package org.mentorplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.cli.Cli;
import org.mentorplanner.service.BackupService;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.port.SessionQuery;

/**
 * The command line's workspace makes the reading services without Guice (so `session list` and
 * `session show` run without it), and shares them with Guice once it starts.
 */
class CommandLineWorkspaceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void theReadingServicesNeedNoGuice() {
        try (CommandLineWorkspace workspace = CommandLineWorkspace.open(folder.resolve("planner.db"), CLOCK)) {
            SessionService sessions = workspace.service(SessionService.class);

            assertThat(sessions.list(SessionQuery.all())).isEmpty();
            assertThat(workspace.service(DirectoryService.class).locations()).isNotNull();
            assertThat(workspace.service(BackupService.class).dailyBackup()).isEmpty(); // a database made now needs none
            assertThat(workspace.service(SessionService.class)).isSameAs(sessions);
            assertThat(workspace.guiceStarted()).isFalse();
        }
    }

    @Test
    void listingAndShowingSessionsOnTheCommandLineStartNoGuice() {
        Path db = folder.resolve("planner.db");
        List<CommandLineWorkspace> opened = new ArrayList<>();
        Cli cli = new Cli(file -> {
            CommandLineWorkspace workspace = CommandLineWorkspace.open(file, CLOCK);
            opened.add(workspace);
            return workspace;
        }, db, database -> { });
        StringWriter out = new StringWriter();
        PrintWriter discard = new PrintWriter(Writer.nullWriter());

        assertThat(cli.run(discard, discard, "demo")).isEqualTo(Cli.OK);
        assertThat(cli.run(new PrintWriter(out), discard, "session", "list", "--mentor", "ada.lindqvist@example.org")).isEqualTo(Cli.OK);
        assertThat(cli.run(discard, discard, "session", "show", "1")).isEqualTo(Cli.OK);

        assertThat(out.toString()).contains("Ada Lindqvist");
        assertThat(opened).hasSize(3);
        assertThat(opened.get(0).guiceStarted()).as("demo").isTrue();
        assertThat(opened.subList(1, 3)).allSatisfy(workspace -> assertThat(workspace.guiceStarted()).isFalse());
    }

    @Test
    void anotherServiceStartsGuiceWithTheServicesAlreadyMade() {
        try (CommandLineWorkspace workspace = CommandLineWorkspace.open(folder.resolve("planner.db"), CLOCK)) {
            SessionService sessions = workspace.service(SessionService.class);
            DirectoryService directory = workspace.service(DirectoryService.class);

            assertThat(workspace.service(DuplicationService.class)).isNotNull();
            assertThat(workspace.guiceStarted()).isTrue();
            assertThat(workspace.service(SessionService.class)).isSameAs(sessions);
            assertThat(workspace.service(DirectoryService.class)).isSameAs(directory);
            assertThat(workspace.service(BackupService.class)).isNotNull();
        }
    }
}
