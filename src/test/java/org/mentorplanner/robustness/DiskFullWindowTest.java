package org.mentorplanner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.view.DateControl;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.app.PlannerWindow;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.port.Storage;
import org.mentorplanner.store.SqliteStorage;
import org.mentorplanner.ui.DemoWindow;
import org.mentorplanner.ui.DemoWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The disk full while the window saves an edit (issue 13): the editor stays open with what the
 * user typed, a message says the disk is full, nothing is half saved, and once there is room
 * again the same Save goes through. SQLite's page limit on the window's own connection, with every
 * free page taken, runs out as a full disk does.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DiskFullWindowTest {

    /** A fixed week, shown by moving the grid there: the test does not depend on today's date. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @RegisterExtension
    final DemoWindows windows = new DemoWindows();

    private DemoWindow fixture;
    private Stage stage;
    private PlannerWindow window;

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> {
            if (window != null) {
                window.close();
            }
            if (stage != null) {
                stage.close();
            }
        });
    }

    @Test
    void anEditSavedOnAFullDiskStaysInTheEditorAndSavesOnceThereIsRoom(FxRobot robot) throws Exception {
        MentorshipSession[] seeded = new MentorshipSession[1];
        fixture = windows.seeded((workspace, demo) -> seeded[0] = workspace.service(SessionService.class)
                .create(Actor.owner(), demo.hourInBerlin("ada", MONDAY.plusDays(1).atTime(9, 0), "Career chat"), false)
                .session());
        MentorshipSession draft = seeded[0];
        robot.interact(() -> {
            stage = new Stage();
            window = fixture.open(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#weekView").queryAs(DateControl.class).setDate(MONDAY));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.presenter().entryOf(draft.id()).isPresent());

        Connection connection = connectionOf(window);
        robot.interact(() -> fillTheDisk(connection));
        String notes = "Bring the case studies.\n".repeat(350).strip(); // about 8,400 characters: new pages
        robot.interact(() -> window.presenter().edit(draft));
        robot.interact(() -> robot.lookup("#notes").queryAs(TextArea.class).setText(notes));
        robot.clickOn("#saveDraft");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> said = robot.lookup(".dialog-pane .content").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(said).anySatisfy(text -> assertThat(text).startsWith("The disk is full"));
        robot.clickOn((Button b) -> "OK".equals(b.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notes").tryQueryAs(TextArea.class)).as("the editor is still open")
                                                                      .hasValueSatisfying(area -> assertThat(area.getText()).isEqualTo(notes));
        assertThat(storedNotes(draft)).as("nothing half saved").isEqualTo(draft.details().notes());

        robot.interact(() -> makeRoom(connection));
        robot.clickOn("#saveDraft");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#notes").tryQuery()).as("the editor closed after saving").isEmpty();
        assertThat(storedNotes(draft)).isEqualTo(notes);
    }

    private String storedNotes(MentorshipSession session) {
        return fixture.stored(workspace -> workspace.service(SessionService.class).find(session.id()).orElseThrow().details().notes());
    }

    /** The window's one SQLite connection (ADR 3), reached the way only a test may. */
    private static Connection connectionOf(PlannerWindow window) throws ReflectiveOperationException {
        Field workspaceField = PlannerWindow.class.getDeclaredField("workspace");
        workspaceField.setAccessible(true);
        GuiceWorkspace workspace = (GuiceWorkspace) workspaceField.get(window);
        Object storage = workspace.injector().getInstance(Storage.class);
        Field connectionField = SqliteStorage.class.getDeclaredField("connection");
        connectionField.setAccessible(true);
        return (Connection) connectionField.get(storage);
    }

    /** No page more than the file has, and every free one taken: the next page SQLite needs is refused as on a full disk. */
    private static void fillTheDisk(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            var pages = statement.executeQuery("PRAGMA page_count");
            pages.next();
            long count = pages.getLong(1);
            pages.close();
            statement.execute("PRAGMA max_page_count = " + (count + 4)); // room for the filler table itself
            statement.execute("create table filler (b blob)");
            try {
                for (int i = 0; i < 10_000; i++) {
                    statement.execute("insert into filler values (zeroblob(500))");
                }
            } catch (SQLException full) {
                return; // every page taken
            }
            throw new AssertionError("the page limit never ran out");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Frees the filler's pages again, as deleting files frees a disk. */
    private static void makeRoom(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table filler");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
