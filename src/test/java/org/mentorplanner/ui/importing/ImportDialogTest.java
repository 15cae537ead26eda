package org.mentorplanner.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.ui.DemoWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Import people or places…" in the planner window on an empty database, headless; the test hands the file over in place of the file dialog. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    @TempDir
    static Path folder;

    private DemoWindow fixture;
    private PlannerWindow window;
    private final AtomicReference<Path> chosen = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        fixture = DemoWindow.empty(folder);
        window = fixture.open(stage, binder -> binder.bind(CsvFileChooser.class)
                .toInstance((owner, title) -> Optional.ofNullable(chosen.get())));
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private Path csv(String text) throws Exception {
        Path file = folder.resolve("people-" + UUID.randomUUID() + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<Person> storedPeople() {
        return fixture.stored(w -> w.service(DirectoryService.class).people());
    }

    private void importPeople(FxRobot robot, Path file) {
        chosen.set(file);
        robot.clickOn("#appMenu");
        robot.clickOn("_Import people or places…");
        assertThat(robot.lookup("#expectedHeader").<Label>query().getText()).isEqualTo("email,name,roles,groups");
        robot.clickOn("#importPeople");
        robot.clickOn("#chooseFile");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importingAPeopleFileShowsTheNewMentorsAtOnce(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".empty-hint").queryLabeled().getText()).contains("Import people or places");

        importPeople(robot, csv("""
                email,name,roles,groups
                ada@example.org,Ada Lovelace,mentor,Women in Tech
                bob@example.org,Bob Stone,mentor;coordinator,
                mia@example.org,Mia Chen,mentee,
                """));

        assertThat(robot.lookup("#summary").<Label>query().getText()).isEqualTo("Imported 3 people from " + chosen.get().getFileName() + ".");
        assertThat(robot.lookup(".mentor-check").queryAllAs(CheckBox.class)).extracting(CheckBox::getText)
                .containsExactly("Ada Lovelace", "Bob Stone");
        assertThat(window.presenter().shownMentorIds()).hasSize(2);
        assertThat(robot.lookup(".empty-hint").tryQuery()).as("the hint is gone").isEmpty();
        assertThat(storedPeople()).extracting(Person::email)
                .containsExactlyInAnyOrder("ada@example.org", "bob@example.org", "mia@example.org");

        robot.clickOn("#close");
        assertThat(robot.lookup("#chooseFile").tryQuery()).as("the dialog closed").isEmpty();
    }

    @Test
    void aFileWithABadRowShowsTheRowsMessageAndImportsNothing(FxRobot robot) throws Exception {
        importPeople(robot, csv("""
                email,name,roles,groups
                ada@example.org,Ada Lovelace,mentor,Women in Tech
                bob@example.org,Bob Stone,mentor,
                not-an-email,Carl,mentee,
                """));

        Label problems = robot.lookup("#problems").query();
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getText()).startsWith("Nothing imported from " + chosen.get().getFileName())
                .contains("Row 3").contains("not an email address");
        assertThat(robot.lookup("#summary").<Label>query().isVisible()).isFalse();
        assertThat(storedPeople()).isEmpty();
        assertThat(robot.lookup(".mentor-check").tryQuery()).isEmpty();
        assertThat(robot.lookup(".empty-hint").tryQuery()).as("still the empty planner").isPresent();
    }
}
