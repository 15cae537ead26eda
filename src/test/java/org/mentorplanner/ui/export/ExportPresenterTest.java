package org.mentorplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.export.HtmlExporter;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.ExportFolder;
import org.mentorplanner.service.ExportFormat;
import org.mentorplanner.service.ExportResult;
import org.mentorplanner.service.ExportService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.DemoWorkspace;
import org.mentorplanner.ui.FxThread;
import org.mentorplanner.ui.ProgressTask;
import org.mentorplanner.ui.SameThreadTaskExecutor;
import org.mentorplanner.ui.TaskExecutor;

/** The export dialog's logic on a real database, with the export on the calling (FX) thread. */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
class ExportPresenterTest {

    /** The moment the test runs at, through the app's clock. */
    private final PinnedMoment moment;

    ExportPresenterTest(PinnedMoment moment) {
        this.moment = moment;
        this.gui = DemoWorkspace.servicesOnly().at(moment);
    }

    @TempDir
    Path folder;

    @RegisterExtension
    final DemoWorkspace gui;

    private DemoOrganisation demo;
    private final List<Path> opened = new ArrayList<>();
    private boolean desktopAvailable = true;

    @BeforeEach
    void open() {
        demo = gui.demo();
        Group research = demo.groups.stream().filter(g -> g.name().equals("Research")).findFirst().orElseThrow();
        publish("ada", 1, "Career chat", Set.of());
        publish("grace", 2, "Code review", Set.of());
        publish("alan", 3, "Research only", Set.of(research.id()));
    }

    private void publish(String mentor, int daysAhead, String title, Set<Long> groups) {
        gui.service(SessionService.class).create(Actor.owner(), new SessionDetails(demo.people.get(mentor).id(), null,
                demo.locations.get("berlin").id(), moment.today().plusDays(daysAhead).atTime(10, 0), Duration.ofMinutes(60),
                EnrollmentMethod.IN_PERSON, null, "Room 2", groups, title, ""), true);
    }

    private ExportPresenter presenter(TaskExecutor executor, Set<Long> shownMentors) {
        return FxThread.call(() -> {
            ExportPresenter p = new ExportPresenter(gui.service(ExportService.class),
                    gui.service(DirectoryService.class), executor, target -> {
                        opened.add(target);
                        return desktopAvailable;
                    }, gui.clock());
            p.load(shownMentors);
            return p;
        });
    }

    private ExportPresenter loaded() {
        return presenter(new SameThreadTaskExecutor(), Set.of());
    }

    @Test
    void audienceOffersEveryoneThenEveryGroupThenEveryMenteeAndStartsWithEveryone() {
        ExportPresenter presenter = loaded();

        List<String> choices = presenter.view.audience.getItems();
        assertThat(choices).first().isEqualTo("everyone");
        assertThat(choices).containsSubsequence("everyone", "Engineering", "Product", "Research", "Women in Tech");
        assertThat(choices).contains("mia@example.org", "noah@example.org").doesNotContain("ada@example.org");
        assertThat(presenter.view.audience.getValue()).isEqualTo("everyone");
        assertThat(presenter.view.audience.getConverter().toString("Research")).isEqualTo("Group: Research");
        assertThat(presenter.view.audience.getConverter().toString("mia@example.org")).isEqualTo("Mentee: mia@example.org");
    }

    @Test
    void theMentorsThePlannerShowsStartCheckedOrEveryMentorWhenItShowsNone() {
        Person ada = demo.people.get("ada");
        ExportPresenter onlyAda = presenter(new SameThreadTaskExecutor(), Set.of(ada.id()));
        assertThat(onlyAda.view.mentors.getCheckModel().getCheckedItems()).containsExactly(ada);
        assertThat(onlyAda.currentRequest().orElseThrow().mentorEmails()).containsExactly("ada@example.org");

        ExportPresenter all = loaded();
        assertThat(all.view.mentors.getCheckModel().getCheckedItems()).hasSize(5);
        assertThat(all.currentRequest().orElseThrow().mentorEmails()).as("every mentor, as on the command line").isEmpty();

        FxThread.run(() -> all.view.mentors.getCheckModel().clearChecks());
        assertThat(all.problemMessages()).containsExactly("Choose at least one mentor.");
        assertThat(all.view.export.isDisabled()).isTrue();
    }

    @Test
    void folderMustBeAFullPathToAFolderThatIsOrCanBeCreated() throws Exception {
        ExportPresenter presenter = loaded();
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine");

        FxThread.run(() -> presenter.view.folder.setText(""));
        assertThat(presenter.problemMessages()).containsExactly("Choose a folder to export into.");
        assertThat(presenter.view.export.isDisabled()).isTrue();

        FxThread.run(() -> presenter.view.folder.setText("links/html"));
        assertThat(presenter.problemMessages()).singleElement().asString().startsWith("Give the folder's full path");

        FxThread.run(() -> presenter.view.folder.setText(file.toString()));
        assertThat(presenter.problemMessages()).containsExactly(file + " is a file, not a folder: choose a folder.");

        FxThread.run(() -> presenter.view.folder.setText(file.resolve("inside").toString()));
        assertThat(presenter.problemMessages()).singleElement().asString().contains("cannot be created");

        Path fresh = folder.resolve("links").resolve("html");
        FxThread.run(() -> presenter.view.folder.setText(fresh.toString()));
        assertThat(presenter.problemMessages()).isEmpty();
        assertThat(presenter.view.folderHint.getText()).isEqualTo("The folder will be created.");
        assertThat(presenter.view.export.isDisabled()).isFalse();
        assertThat(presenter.currentRequest().orElseThrow().folder()).isEqualTo(fresh);
    }

    @Test
    void theLastDayMayNotComeBeforeTheFirstAndTypedTextMustBeADate() {
        ExportPresenter presenter = loaded();
        LocalDate first = moment.today().plusDays(10);
        FxThread.run(() -> {
            presenter.view.folder.setText(folder.resolve("out").toString());
            presenter.view.from.setValue(first);
            presenter.view.to.setValue(first.minusDays(1));
        });
        assertThat(presenter.problemMessages()).singleElement().asString()
                .contains("(" + first.minusDays(1) + ") is before the first day (" + first + ")");
        assertThat(presenter.view.export.isDisabled()).isTrue();

        FxThread.run(() -> presenter.view.to.setValue(first));
        assertThat(presenter.problemMessages()).as("a one-day range").isEmpty();
        FxThread.run(() -> presenter.view.to.setValue(null));
        assertThat(presenter.currentRequest().orElseThrow().to()).as("no last day: no end").isNull();

        FxThread.run(() -> presenter.view.from.getEditor().setText("next tuesday"));
        assertThat(presenter.problemMessages()).singleElement().asString().startsWith("'next tuesday' is not a date");
        FxThread.run(() -> presenter.view.from.setValue(null));
        FxThread.run(() -> presenter.view.from.getEditor().setText(""));
        assertThat(presenter.problemMessages()).containsExactly("Choose the first day to export.");
    }

    @Test
    void exportRunsAsATaskWithProgressAndEndsWithASummaryAndTheFiles() {
        ExportPresenter presenter = loaded();
        Path out = folder.resolve("html");
        List<String> messages = new ArrayList<>();
        FxThread.run(() -> {
            presenter.view.folder.setText(out.toString());
            presenter.view.progressMessage.textProperty().addListener((obs, old, text) -> messages.add(text));
            presenter.startExport();
        });

        ProgressTask<ExportResult> task = presenter.task().orElseThrow();
        assertThat(FxThread.call(task::getProgress)).isEqualTo(1.0);
        assertThat(messages).contains("Reading sessions…", "Writing files…");
        assertThat(presenter.runningProperty().get()).isFalse();
        var result = presenter.lastResult().orElseThrow();
        assertThat(result.format()).isEqualTo(ExportFormat.HTML);
        assertThat(result.sessions()).as("the Research-only session is not for everyone").isEqualTo(2);
        assertThat(out.resolve(HtmlExporter.INDEX)).exists();
        assertThat(out.resolve(HtmlExporter.pageOf(demo.people.get("ada")))).content().contains("Career chat");
        assertThat(presenter.view.outcome.isVisible()).isTrue();
        assertThat(presenter.view.summary.getText()).startsWith("Exported 2 sessions for everyone in " + result.files() + " files")
                                                    .endsWith("into " + out + ".");
        assertThat(presenter.view.openFolder.isVisible()).isTrue();
    }

    @Test
    void anAudienceGroupAddsItsRestrictedSessions() {
        ExportPresenter presenter = loaded();
        FxThread.run(() -> {
            presenter.view.format.selectToggle(presenter.view.csv);
            presenter.view.audience.setValue("Research");
            presenter.view.folder.setText(folder.resolve("csv").toString());
            presenter.startExport();
        });

        assertThat(presenter.lastResult().orElseThrow().sessions()).isEqualTo(3);
        assertThat(presenter.lastResult().orElseThrow().audience()).isEqualTo("group Research");
    }

    @Test
    void anExportCannotStartTwiceAndClosingStopsIt() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ExportPresenter presenter = presenter(executor, Set.of());
        FxThread.run(executor::runAll);
        Path out = folder.resolve("never");
        FxThread.run(() -> {
            presenter.view.folder.setText(out.toString());
            presenter.startExport();
        });

        assertThat(presenter.runningProperty().get()).isTrue();
        assertThat(presenter.view.export.isDisabled()).isTrue();
        assertThat(presenter.view.folder.isDisabled()).as("the fields are locked while it runs").isTrue();
        FxThread.run(presenter::startExport);
        assertThat(executor.queued()).as("one export only").isEqualTo(1);

        FxThread.run(presenter::close);
        FxThread.run(executor::runAll);

        assertThat(FxThread.call(() -> presenter.task().orElseThrow().isCancelled())).isTrue();
        assertThat(presenter.runningProperty().get()).isFalse();
        assertThat(presenter.lastResult()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileOfSomebodyElseInTheFolderStopsTheExportWithAClearMessage() throws Exception {
        Path out = Files.createDirectories(folder.resolve("site"));
        Files.writeString(out.resolve(HtmlExporter.INDEX), "my own page");
        ExportPresenter presenter = loaded();
        FxThread.run(() -> {
            presenter.view.folder.setText(out.toString());
            presenter.startExport();
        });

        assertThat(presenter.lastResult()).isEmpty();
        assertThat(presenter.view.summary.getText()).startsWith("The export failed: ")
                .contains("already exists and was not written by an earlier export");
        assertThat(presenter.view.openFolder.isVisible()).isFalse();
        assertThat(out.resolve(HtmlExporter.INDEX)).content().isEqualTo("my own page");
        assertThat(out.resolve(ExportFolder.MANIFEST)).doesNotExist();
        assertThat(presenter.view.export.isDisabled()).as("it may be tried again").isFalse();
    }

    @Test
    void openTheFolderFallsBackToItsPathWithoutADesktop() {
        ExportPresenter presenter = loaded();
        Path out = folder.resolve("json");
        FxThread.run(() -> {
            presenter.view.format.selectToggle(presenter.view.json);
            presenter.view.folder.setText(out.toString());
            presenter.startExport();
            presenter.view.openFolder.fire();
        });
        assertThat(opened).containsExactly(out);
        assertThat(presenter.view.openFallback.getText()).as("where the files are, even when opened")
                .isEqualTo("Opened the folder " + out + ".");

        desktopAvailable = false;
        FxThread.run(() -> presenter.view.openFolder.fire());
        assertThat(presenter.view.openFallback.isVisible()).isTrue();
        assertThat(presenter.view.openFallback.getText()).contains("No file manager answered").contains(out.toString());
    }

    @Test
    void theSuggestedFolderFollowsTheFormatUntilTheUserChoosesOne() {
        ExportPresenter presenter = loaded();
        FxThread.run(() -> presenter.view.format.selectToggle(presenter.view.ics));
        assertThat(presenter.view.folder.getText()).endsWith("ics");
        assertThat(presenter.view.icsPerMentor.isVisible()).isTrue();

        FxThread.run(() -> {
            presenter.view.folder.setText(folder.resolve("mine").toString());
            presenter.view.icsPerMentor.setSelected(true);
            presenter.view.format.selectToggle(presenter.view.ics);
        });
        assertThat(presenter.currentRequest().orElseThrow().icsPerMentor()).isTrue();
        FxThread.run(() -> presenter.view.format.selectToggle(presenter.view.csv));
        assertThat(presenter.view.folder.getText()).isEqualTo(folder.resolve("mine").toString());
        assertThat(presenter.view.icsPerMentor.isVisible()).isFalse();
        assertThat(presenter.currentRequest().orElseThrow().icsPerMentor()).as("only for ICS").isFalse();
    }
}
