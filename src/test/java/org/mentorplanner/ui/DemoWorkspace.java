package org.mentorplanner.ui;

import com.google.inject.Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.app.UiModule;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.calendar.PlannerPage;
import org.mentorplanner.ui.calendar.PlannerPresenter;
import org.testfx.api.FxToolkit;

/**
 * The set-up presenter tests share, as a JUnit extension: before each test the FX toolkit is
 * running and a workspace is open on a fresh database file with the {@link DemoOrganisation}
 * directory in it; after each test the workspace is closed and the file deleted.
 * <pre>{@code
 * @RegisterExtension
 * final DemoWorkspace gui = DemoWorkspace.withUi(new Dialogs());
 * }</pre>
 * The extension's set-up runs before the test's own {@code @BeforeEach} methods.
 */
public final class DemoWorkspace implements BeforeEachCallback, AfterEachCallback {

    /** The dialogs of a workspace with UI bindings; null for services only. */
    private final Dialogs dialogs;
    /** How the window writes dates: en-GB unless a test says otherwise, never the machine's. */
    private Locale locale = Locale.UK;
    private Clock clock = PinnedMoment.DEFAULT.clock();
    private Path folder;
    private GuiceWorkspace workspace;
    private DemoOrganisation demo;

    private DemoWorkspace(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** With the app's UI bindings: a same-thread executor and {@code dialogs}, so presenters can be injected. */
    public static DemoWorkspace withUi(Dialogs dialogs) {
        return new DemoWorkspace(dialogs);
    }

    /** Services only, for tests that build their presenter or view by hand. */
    public static DemoWorkspace servicesOnly() {
        return new DemoWorkspace(null);
    }

    /** The services take the time from {@code moment}'s clock instead of the default moment's. */
    public DemoWorkspace at(PinnedMoment moment) {
        this.clock = moment.clock();
        return this;
    }

    /** The window writes dates and times as {@code locale} does (en-GB by default). */
    public DemoWorkspace in(Locale locale) {
        this.locale = locale;
        return this;
    }

    /** The clock the services take the time from. */
    public Clock clock() {
        return clock;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException, TimeoutException {
        FxToolkit.registerPrimaryStage();
        folder = Files.createTempDirectory("mentor-planner-test");
        Module[] modules = dialogs == null ? new Module[0]
                : new Module[] {new UiModule(new SameThreadTaskExecutor(), dialogs, DisplayFormats.of(locale))};
        workspace = GuiceWorkspace.open(folder.resolve("planner.db"), clock, modules);
        demo = DemoOrganisation.directory(workspace);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        workspace.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(DemoWorkspace::delete);
        }
    }

    /** The open workspace. */
    public GuiceWorkspace workspace() {
        return workspace;
    }

    /** The people, locations and groups in it. */
    public DemoOrganisation demo() {
        return demo;
    }

    /** A service of the workspace. */
    public <T> T service(Class<T> type) {
        return workspace.service(type);
    }

    /** The database file, for a second connection that plays another program. */
    public Path databaseFile() {
        return workspace.databaseFile();
    }

    /** A planner presenter from the injector, started on the week page on the FX thread. */
    public PlannerPresenter startPlanner() {
        return FxThread.call(() -> {
            PlannerPresenter planner = workspace.injector().getInstance(PlannerPresenter.class);
            planner.start(PlannerPage.WEEK);
            return planner;
        });
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
