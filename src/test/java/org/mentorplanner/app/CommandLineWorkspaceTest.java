package org.mentorplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.service.BackupService;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.port.SessionQuery;

/** The command line's workspace makes the reading services without Guice, and shares them with Guice once it starts. */
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
