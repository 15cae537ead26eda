package org.mentorplanner.ui.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.ConflictPolicy;
import org.mentorplanner.service.DuplicationResult;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoWorkspace;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.FxThread;

/** The bulk duplicate dialog's logic on a real database, with engine calls on the FX thread. */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
class BulkDuplicatePresenterTest {

    /** The moment the test runs at, through the app's clock. */
    private final PinnedMoment moment;

    BulkDuplicatePresenterTest(PinnedMoment moment) {
        this.moment = moment;
        this.gui = DemoWorkspace.withUi(new Dialogs()).at(moment);
    }

    @RegisterExtension
    final DemoWorkspace gui;

    private SessionService sessions;
    private MentorshipSession tuesday;
    private MentorshipSession thursday;
    private BulkDuplicatePresenter presenter;
    private final AtomicReference<DuplicationResult> done = new AtomicReference<>();

    @BeforeEach
    void open() {
        sessions = gui.service(SessionService.class);
        // The 2nd Tuesday of a month well ahead, so the wording is known.
        LocalDate secondTuesday = moment.today().plusMonths(2).withDayOfMonth(1)
                                           .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        tuesday = create("ada", secondTuesday.atTime(10, 0), "Career chat");
        thursday = create("grace", secondTuesday.plusDays(2).atTime(14, 0), "Code review");
        presenter = onFx(() -> {
            BulkDuplicatePresenter p = gui.workspace().injector().getInstance(BulkDuplicatePresenter.class);
            p.setPreviewDelay(Duration.ZERO);
            p.prepare(List.of(tuesday, thursday), "Bulk duplicate 2 sessions", FrequencyChoice.WEEKLY, 4, done::set);
            return p;
        });
    }

    @Test
    void previewUpdatesAsOptionsChange() {
        assertThat(rows()).hasSize(8);
        assertThat(rows().get(0).session()).isEqualTo("Career chat");
        assertThat(rows().get(0).times()).isEqualTo("10:00–11:00");
        assertThat(onFx(() -> presenter.view().summary.getText())).startsWith("8 copies");

        onFx(() -> {
            presenter.view().count.getValueFactory().setValue(2);
            return null;
        });
        assertThat(rows()).hasSize(4);

        onFx(() -> {
            presenter.view().frequency.setValue(FrequencyChoice.DAILY);
            return null;
        });
        assertThat(rows()).extracting(PreviewRow::date).contains(
                DisplayFormats.of(Locale.UK)
                        .day(tuesday.details().localStart().toLocalDate().plusDays(1)));
        assertThat(nothingWritten()).isTrue();
    }

    @Test
    void monthlyChoiceSpeaksOfTheWeekdayOfTheMonth() {
        String monthly = onFx(() -> presenter.view().frequency.getConverter().toString(FrequencyChoice.MONTHLY_ON_WEEKDAY));
        String last = onFx(() -> presenter.view().frequency.getConverter().toString(FrequencyChoice.MONTHLY_ON_LAST_WEEKDAY));

        assertThat(monthly).isEqualTo("Every 2nd Tuesday of the month");
        assertThat(last).isEqualTo("Every last Tuesday of the month");
    }

    @Test
    void conflictsAreFlaggedInThePreviewAndFollowThePolicy() {
        create("ada", tuesday.details().localStart().plusWeeks(2).plusMinutes(30), "Already there");
        onFx(() -> {
            presenter.refreshPreview();
            return null;
        });

        List<PreviewRow> flagged = rows().stream().filter(PreviewRow::conflict).toList();
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).flags()).isEqualTo("conflict (skipped)");
        assertThat(flagged.get(0).made()).isFalse();
        assertThat(flagged.get(0).note()).contains("overlaps session #");

        onFx(() -> {
            presenter.view().onConflict.setValue(ConflictPolicy.KEEP);
            return null;
        });
        assertThat(rows().stream().filter(PreviewRow::conflict)).singleElement()
                .satisfies(row -> assertThat(row.made()).isTrue());

        onFx(() -> {
            presenter.view().onConflict.setValue(ConflictPolicy.ABORT);
            return null;
        });
        assertThat(onFx(() -> presenter.view().summary.getText())).contains("the run would stop");
    }

    @Test
    void aBadUntilDateIsExplainedInsteadOfPreviewed() {
        onFx(() -> {
            presenter.view().endOn.setSelected(true);
            presenter.view().until.setValue(tuesday.details().localStart().toLocalDate().minusDays(3));
            return null;
        });

        assertThat(onFx(() -> presenter.view().problem.getText())).contains("must be after the session's date");
        assertThat(rows()).isEmpty();
        assertThat(onFx(() -> presenter.view().run.isDisabled())).isTrue();
    }

    @Test
    void runMakesEveryCopyInOneSeries() {
        onFx(() -> {
            presenter.run();
            return null;
        });

        assertThat(done.get()).isNotNull();
        assertThat(done.get().created()).hasSize(8).allSatisfy(copy ->
                assertThat(copy.seriesId()).isEqualTo(done.get().seriesId()));
        assertThat(sessions.list(SessionQuery.all())).hasSize(10);
    }

    @Test
    void afterACommittedRunTheDialogStaysOpenSayingWhatWasMadeWithCloseLeftToPress() {
        onFx(() -> {
            presenter.show(null);
            presenter.run();
            return null;
        });

        assertThat(done.get()).as("the planner got the run at once").isNotNull();
        assertThat(onFx(() -> presenter.view().root.getScene().getWindow().isShowing())).isTrue();
        assertThat(onFx(() -> presenter.view().runStatus.getText())).startsWith("8 copies made");
        assertThat(onFx(() -> presenter.view().previewTitle.getText())).startsWith("Made");
        assertThat(onFx(() -> presenter.view().run.isVisible())).as("no second run from this dialog").isFalse();
        assertThat(onFx(() -> presenter.view().options.isDisabled())).isTrue();
        assertThat(onFx(() -> presenter.view().close.isDefaultButton() && !presenter.view().close.isDisabled())).isTrue();
        assertThat(onFx(() -> presenter.view().root.getScene().getFocusOwner())).isSameAs(presenter.view().close);

        onFx(() -> {
            presenter.run(); // Enter on a stale default button, say: nothing more is made
            return null;
        });
        assertThat(sessions.list(SessionQuery.all())).hasSize(10);

        onFx(() -> {
            presenter.close();
            return null;
        });
        assertThat(onFx(() -> presenter.view().root.getScene().getWindow().isShowing())).isFalse();
    }

    @Test
    void aClosedDialogOpensAgainForOtherSessionsWithDefaultOptionsAndAFreshPreview() {
        Window first = onFx(() -> {
            presenter.show(null);
            presenter.view().publish.setSelected(true);
            presenter.run();
            presenter.close();
            return presenter.view().root.getScene().getWindow();
        });

        onFx(() -> {
            presenter.prepare(List.of(thursday), "Bulk duplicate 1 session", FrequencyChoice.DAILY, 3, done::set);
            presenter.show(null);
            return null;
        });

        assertThat(rows()).hasSize(3).extracting(PreviewRow::session).containsOnly("Code review");
        assertThat(onFx(() -> presenter.view().root.getScene().getWindow())).as("the same window").isSameAs(first);
        assertThat(onFx(() -> presenter.view().root.getScene().getWindow().isShowing())).isTrue();
        assertThat(onFx(() -> presenter.view().publish.isSelected())).as("options back to their defaults").isFalse();
        assertThat(onFx(() -> presenter.view().options.isDisabled())).isFalse();
        assertThat(onFx(() -> presenter.view().run.isVisible() && !presenter.view().run.isDisabled())).isTrue();
        assertThat(onFx(() -> presenter.view().runStatus.getText())).isEmpty();
        assertThat(onFx(() -> presenter.view().previewTitle.getText())).startsWith("Preview");
        assertThat(onFx(() -> presenter.view().root.getScene().getFocusOwner())).as("not left on Close")
                .isSameAs(presenter.view().frequency);

        onFx(() -> {
            presenter.run();
            presenter.close();
            return null;
        });
        assertThat(done.get().created()).as("a second run from the reopened dialog").hasSize(3);
    }

    @Test
    void stoppingBeforeTheCommitWritesNothing() {
        onFx(() -> {
            // Press Stop as soon as the first copies are written, before the commit.
            presenter.view().progress.progressProperty().addListener((o, old, now) -> {
                if (now.doubleValue() > 0) {
                    presenter.stop();
                }
            });
            presenter.run();
            return null;
        });

        assertThat(done.get()).as("no run reported").isNull();
        assertThat(onFx(() -> presenter.view().runStatus.getText())).isEqualTo("Stopped: nothing was saved.");
        assertThat(nothingWritten()).isTrue();
        assertThat(onFx(() -> presenter.runningTask().isPresent())).isFalse();
    }

    @Test
    void duringARunStopHasTheFocusAndTheBarStartsAtZeroInsteadOfAnimating() {
        List<Double> progress = new ArrayList<>();
        AtomicReference<Node> focusDuringRun = new AtomicReference<>();
        onFx(() -> {
            presenter.show(null);
            presenter.view().frequency.requestFocus(); // where the focus is when the dialog opens
            presenter.view().progress.progressProperty().addListener((o, old, now) -> {
                progress.add(now.doubleValue());
                if (now.doubleValue() > 0 && focusDuringRun.get() == null) {
                    focusDuringRun.set(presenter.view().root.getScene().getFocusOwner());
                    presenter.stop();
                }
            });
            presenter.run();
            return null;
        });

        assertThat(progress).as("no indeterminate (-1) phase").isNotEmpty().allSatisfy(p -> assertThat(p).isNotNegative());
        assertThat(focusDuringRun.get()).as("not the options just disabled, nor the preview table").isSameAs(presenter.view().cancelRun);
        assertThat(onFx(() -> presenter.view().root.getScene().getFocusOwner())).as("after the stopped run")
                .isSameAs(presenter.view().run);
        onFx(() -> {
            presenter.view().root.getScene().getWindow().hide();
            return null;
        });
    }

    @Test
    void aHoveredPreviewCellShowsItsWholeTextInItsColumnsTooltip() {
        List<TableCell<?, ?>> sessionCells = onFx(() -> {
            presenter.show(null);
            presenter.view().root.applyCss();
            presenter.view().root.layout();
            TableColumn<PreviewRow, ?> sessionColumn = presenter.view().preview.getColumns().get(0);
            return presenter.view().preview.lookupAll(".table-cell").stream()
                    .<TableCell<?, ?>>map(node -> (TableCell<?, ?>) node)
                    .filter(cell -> cell.getTableColumn() == sessionColumn && !cell.isEmpty())
                    .toList();
        });
        TableCell<?, ?> codeReview = sessionCells.stream().filter(cell -> "Code review".equals(cell.getText())).findFirst().orElseThrow();
        TableCell<?, ?> careerChat = sessionCells.stream().filter(cell -> "Career chat".equals(cell.getText())).findFirst().orElseThrow();
        Tooltip shared = codeReview.getTooltip();

        assertThat(sessionCells).as("one tooltip for the column").allSatisfy(cell -> assertThat(cell.getTooltip()).isSameAs(shared));
        assertThat(onFx(() -> {
            Event.fireEvent(codeReview, entered());
            return shared.getText();
        })).isEqualTo("Code review");
        assertThat(onFx(() -> {
            Event.fireEvent(careerChat, entered());
            return shared.getText();
        })).isEqualTo("Career chat");
        List<TableCell<?, ?>> emptyNotes = onFx(() -> presenter.view().preview.lookupAll(".table-cell").stream()
                .<TableCell<?, ?>>map(node -> (TableCell<?, ?>) node)
                .filter(cell -> cell.getTableColumn() == presenter.view().preview.getColumns().get(5) && !cell.isEmpty())
                .toList());
        assertThat(emptyNotes).as("no conflicts: every note is empty and has no tooltip").isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.getTooltip()).isNull());
        onFx(() -> {
            presenter.view().root.getScene().getWindow().hide();
            return null;
        });
    }

    private static MouseEvent entered() {
        return new MouseEvent(MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0, MouseButton.NONE, 0, false, false, false, false,
                false, false, false, false, false, false, null);
    }

    private boolean nothingWritten() {
        return sessions.list(SessionQuery.all()).size() == 2;
    }

    private List<PreviewRow> rows() {
        return onFx(() -> List.copyOf(presenter.view().preview.getItems()));
    }

    private MentorshipSession create(String mentor, LocalDateTime start, String title) {
        return sessions.create(Actor.owner(), gui.demo().hourInBerlin(mentor, start, title), false).session();
    }

    private static <T> T onFx(Callable<T> work) {
        return FxThread.call(work);
    }
}
