package org.mentorplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void noArgumentsOpenTheAppOnTheDefaultDatabase() {
        assertThat(Launcher.appOnly(new String[0])).contains(new Launcher.AppStart(Optional.empty()));
    }

    @Test
    void aDatabaseAloneOpensTheAppOnIt() {
        Launcher.AppStart expected = new Launcher.AppStart(Optional.of(Path.of("/tmp/planner.db")));
        assertThat(Launcher.appOnly(new String[] {"--db", "/tmp/planner.db"})).contains(expected);
        assertThat(Launcher.appOnly(new String[] {"--db=/tmp/planner.db"})).contains(expected);
    }

    @Test
    void commandsOptionsAndMissingValuesGoToTheCommandLine() {
        assertThat(Launcher.appOnly(new String[] {"demo"})).isEmpty();
        assertThat(Launcher.appOnly(new String[] {"--db", "x.db", "demo"})).isEmpty();
        assertThat(Launcher.appOnly(new String[] {"--help"})).isEmpty();
        assertThat(Launcher.appOnly(new String[] {"--as", "ada@example.org"})).isEmpty();
        assertThat(Launcher.appOnly(new String[] {"--db", "--help"})).isEmpty();
        assertThat(Launcher.appOnly(new String[] {"--db="})).isEmpty();
        assertThat(Launcher.appOnly(new String[] {"--db"})).isEmpty();
    }
}
