package org.mentorplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.export.HtmlExporter;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.DemoWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Export booking links…" in the real planner window, headless. */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    /** The moment the test runs at, through the app's clock. */
    @Parameter
    PinnedMoment moment;

    @TempDir
    static Path folder;

    private DemoWindow fixture;
    private DemoOrganisation demo;

    @Start
    void start(Stage stage) {
        fixture = DemoWindow.seeded(folder, moment.clock(), (workspace, org) -> workspace.service(SessionService.class).create(Actor.owner(),
                new SessionDetails(org.people.get("ada").id(), null, org.locations.get("london").id(),
                        moment.today().plusDays(2).atTime(15, 30), Duration.ofMinutes(45), EnrollmentMethod.IN_PERSON, null,
                        "Room <4>", Set.of(), "Career chat", ""), true));
        demo = fixture.demo();
        // This machine may have a file manager; the test wants the path shown instead.
        fixture.open(stage, binder -> binder.bind(FolderOpener.class).toInstance(opened -> false));
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void exportHtmlBookingPagesIntoAFolderAndSeeTheSummaryAndTheFiles(FxRobot robot) throws Exception {
        Path out = folder.resolve("pages-" + UUID.randomUUID());
        robot.clickOn("#appMenu");
        robot.clickOn("_Export booking links…");

        robot.clickOn("#formatHTML");
        TextField target = robot.lookup("#folder").query();
        robot.interact(() -> target.setText(""));
        assertThat(robot.lookup("#export").<Button>query().isDisabled()).as("no folder yet").isTrue();
        assertThat(robot.lookup("#problems").<Label>query().getText()).isEqualTo("Choose a folder to export into.");
        robot.clickOn("#folder").write(out.toString());
        robot.clickOn("#export");

        Label summary = robot.lookup("#summary").query();
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getText()).startsWith("Exported 1 session for everyone in 3 files").contains(out.toString());
        assertThat(out.resolve(HtmlExporter.INDEX)).exists();
        Path page = out.resolve(HtmlExporter.pageOf(demo.people.get("ada")));
        assertThat(Files.readString(page)).contains("Career chat").contains("Room &lt;4&gt;");

        robot.clickOn("#openFolder");
        assertThat(robot.lookup("#openFallback").<Label>query().getText())
                .as("no file manager, so the path is shown").contains(out.toString());
        assertThat(robot.lookup("#openFolder").<Hyperlink>query().isVisible()).isTrue();

        robot.clickOn("#close");
        assertThat(robot.lookup("#summary").tryQuery()).as("the dialog closed").isEmpty();
    }
}
