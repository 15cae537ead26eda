package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.calendarfx.model.Entry;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoWorkspace;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.FxThread;

/** The planner's logic on a real database, with service calls on the calling (FX) thread. */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
class PlannerPresenterTest {

    /** The moment the test runs at, through the app's clock. */
    private final PinnedMoment moment;

    PlannerPresenterTest(PinnedMoment moment) {
        this.moment = moment;
        this.gui = DemoWorkspace.withUi(new Dialogs()).at(moment);
    }

    @RegisterExtension
    final DemoWorkspace gui;

    private SessionService sessions;
    private PlannerPresenter presenter;
    private MentorshipSession draft;

    @BeforeEach
    void open() {
        sessions = gui.service(SessionService.class);
        LocalDateTime tuesdayTen = LoadedWeeks.monday(moment.today()).plusDays(1).atTime(10, 0);
        draft = sessions.create(Actor.owner(), gui.demo().hourInBerlin("ada", tuesdayTen, "Career chat"), false).session();
        presenter = gui.startPlanner();
    }

    @Test
    void loadsTheVisibleWeekIntoTheMentorsCalendar() {
        Entry<Long> entry = presenter.entryOf(draft.id()).orElseThrow();

        assertThat(entry.getTitle()).isEqualTo("Career chat");
        assertThat(entry.getCalendar().getName()).isEqualTo("Ada Lovelace");
        assertThat(entry.getStyleClass()).contains(SessionEntries.DRAFT);
        assertThat(entry.getStartAsZonedDateTime().toInstant()).isEqualTo(draft.startInstant());
    }

    @Test
    void movingPersistsAndUndoPutsTheBlockBackInGridAndDatabase() {
        var newStart = draft.start().plusDays(1).plusHours(2);

        onFx(() -> {
            presenter.moveSession(draft.id(), newStart, Duration.ofMinutes(90));
            return null;
        });

        MentorshipSession moved = sessions.require(draft.id());
        assertThat(moved.details().localStart()).isEqualTo(draft.details().localStart().plusDays(1).plusHours(2));
        assertThat(moved.details().duration()).isEqualTo(Duration.ofMinutes(90));

        onFx(() -> {
            presenter.undo();
            return null;
        });

        assertThat(sessions.require(draft.id()).details()).isEqualTo(draft.details());
        assertThat(presenter.entryOf(draft.id()).orElseThrow().getStartAsZonedDateTime().toInstant()).isEqualTo(draft.startInstant());
        assertThat(presenter.history().canRedoProperty().get()).isTrue();

        onFx(() -> {
            presenter.redo();
            return null;
        });
        assertThat(sessions.require(draft.id()).details().localStart()).isEqualTo(moved.details().localStart());
    }

    @Test
    void deletedDraftComesBackWithUndo() {
        onFx(() -> {
            presenter.delete(draft);
            return null;
        });
        assertThat(sessions.find(draft.id())).isEmpty();
        assertThat(presenter.entryOf(draft.id())).isEmpty();

        onFx(() -> {
            presenter.undo();
            return null;
        });

        assertThat(sessions.require(draft.id()).details()).isEqualTo(draft.details());
        assertThat(presenter.entryOf(draft.id())).isPresent();
    }

    @Test
    void publishAndCancelAreUndoneInReverseOrder() {
        onFx(() -> {
            presenter.publish(draft);
            return null;
        });
        MentorshipSession published = sessions.require(draft.id());
        assertThat(published.status()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(presenter.entryOf(draft.id()).orElseThrow().getStyleClass()).contains(SessionEntries.PUBLISHED);

        onFx(() -> {
            presenter.undo();
            return null;
        });

        MentorshipSession back = sessions.require(draft.id());
        assertThat(back.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(back.bookingToken()).isNull();
        assertThat(presenter.entryOf(draft.id()).orElseThrow().getStyleClass()).contains(SessionEntries.DRAFT)
                                                                             .doesNotContain(SessionEntries.PUBLISHED);
    }

    @Test
    void aFailedWritePutsTheBlockBackWhereTheDatabaseSaysAndKeepsTheHistory() {
        // Another window (or the command line) deletes the session meanwhile: the move must fail cleanly.
        sessions.delete(Actor.owner(), draft.id());

        onFx(() -> {
            presenter.moveSession(draft.id(), draft.start().plusHours(3), Duration.ofMinutes(60));
            return null;
        });

        assertThat(presenter.entryOf(draft.id())).isEmpty();
        assertThat(presenter.history().canUndoProperty().get()).isFalse();
        closeAlerts();
    }

    @Test
    void aLockedDatabaseShowsAClearMessageAndPutsTheBlockBack() throws Exception {
        var before = presenter.entryOf(draft.id()).orElseThrow().getStartAsZonedDateTime().toInstant();
        // Another program holds the write lock; the move waits for the busy timeout, then fails.
        try (var other = DriverManager.getConnection("jdbc:sqlite:" + gui.databaseFile());
             var statement = other.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            onFx(() -> {
                presenter.moveSession(draft.id(), draft.start().plusHours(3), Duration.ofMinutes(60));
                return null;
            });
            statement.execute("ROLLBACK");
        }

        assertThat(sessions.require(draft.id()).details()).isEqualTo(draft.details());
        assertThat(presenter.entryOf(draft.id()).orElseThrow().getStartAsZonedDateTime().toInstant()).isEqualTo(before);
        assertThat(presenter.history().canUndoProperty().get()).isFalse();
        assertThat(alertTexts()).anyMatch(text -> text.contains("Nothing of this change was saved"));
        closeAlerts();
    }

    private static List<String> alertTexts() {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> ((DialogPane) w.getScene().getRoot()).getContentText())
                .toList());
    }

    private static void closeAlerts() {
        onFx(() -> {
            Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getScene() != null
                    && s.getScene().getRoot() instanceof DialogPane).toList()
                    .forEach(w -> ((Stage) w).close());
            return null;
        });
    }

    private static <T> T onFx(Callable<T> work) {
        return FxThread.call(work);
    }

    @SuppressWarnings("unused")
    private static LocalTime ten() {
        return LocalTime.of(10, 0);
    }
}
