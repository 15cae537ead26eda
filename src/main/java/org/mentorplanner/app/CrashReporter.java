package org.mentorplanner.app;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to an exception nobody caught, on any thread: it goes into the log with its
 * stack trace, and the user sees a short dialog saying where the log is; the app keeps running.
 * One dialog at a time, so a failure that repeats does not bury the window in dialogs.
 */
final class CrashReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CrashReporter.class);

    private final Path logFolder;
    private final AtomicBoolean showing = new AtomicBoolean();

    private CrashReporter(Path logFolder) {
        this.logFolder = logFolder;
    }

    /** Makes the reporter the handler of every thread, the FX thread included (call on the FX thread). */
    static void install(Path logFolder) {
        CrashReporter reporter = new CrashReporter(logFolder);
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        Thread.currentThread().setUncaughtExceptionHandler(reporter);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.error("unexpected failure on thread {}", thread.getName(), failure);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        try {
            if (Platform.isFxApplicationThread()) {
                show(failure);
            } else {
                Platform.runLater(() -> show(failure));
            }
        } catch (RuntimeException e) {
            showing.set(false); // the FX toolkit is gone: the log has it
        }
    }

    private void show(Throwable failure) {
        try {
            Alert alert = new Alert(Alert.AlertType.ERROR, text(failure, logFolder), ButtonType.OK);
            alert.setTitle("Mentor Planner");
            alert.setHeaderText("Something went wrong");
            alert.getDialogPane().setId("crashDialog");
            alert.getDialogPane().setMinWidth(480);
        // An Alert's own content text is cut to one line when it has several; a wrapping label is not.
        Label content = new Label(alert.getContentText());
        content.setWrapText(true);
        content.setMaxWidth(520);
        content.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
            alert.setOnHidden(event -> showing.set(false));
            alert.show();
        } catch (RuntimeException e) {
            showing.set(false);
            LOG.error("the failure dialog could not be shown", e);
        }
    }

    /** The dialog's words: what failed in one line, that the app goes on, and where the details are. */
    static String text(Throwable failure, Path logFolder) {
        String what = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (what.length() > 200) {
            what = what.substring(0, 200) + "…";
        }
        return what + "\n\nMentor Planner keeps running; your saved work is safe. If something looks wrong, "
                + "close the window and open it again.\n\nThe details are in the log in " + logFolder + ".";
    }
}
