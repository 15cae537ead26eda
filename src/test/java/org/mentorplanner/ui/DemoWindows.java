package org.mentorplanner.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.time.PinnedMoment;

/**
 * The window tests' one fixture: makes {@link DemoWindow}s in a folder of its own and, after
 * each test, closes their windows, removes their preferences and deletes the folder, so a test
 * class only says what its database holds. Register it as a field; TestFX's {@code @Start}
 * method may use it (the folder is made on first use):
 * <pre>{@code
 * @RegisterExtension
 * final DemoWindows windows = new DemoWindows();
 *
 * @Start
 * void start(Stage stage) {
 *     fixture = windows.seeded((workspace, org) -> { });
 *     window = fixture.open(stage);
 * }
 * }</pre>
 */
public final class DemoWindows implements AfterEachCallback {

    private final List<DemoWindow> opened = new ArrayList<>();
    private Path folder;

    /** A window on the demo directory and what {@code seed} adds, at the default pinned moment. */
    public DemoWindow seeded(BiConsumer<GuiceWorkspace, DemoOrganisation> seed) {
        return seeded(PinnedMoment.DEFAULT.clock(), seed);
    }

    /** A window on the demo directory and what {@code seed} adds, on {@code clock}. */
    public DemoWindow seeded(Clock clock, BiConsumer<GuiceWorkspace, DemoOrganisation> seed) {
        return remember(DemoWindow.seeded(folder(), clock, seed));
    }

    /** A window on an empty database, as on a first start, on {@code clock}. */
    public DemoWindow empty(Clock clock) {
        return remember(DemoWindow.empty(folder(), clock));
    }

    /** The folder the databases are in, made on first use. */
    public Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("window-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    private DemoWindow remember(DemoWindow window) {
        opened.add(window);
        return window;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            for (DemoWindow window : opened) {
                window.close();
            }
        } finally {
            opened.clear();
            deleteFolder();
        }
    }

    private void deleteFolder() throws IOException {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
        folder = null;
    }
}
