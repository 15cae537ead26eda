package org.mentorplanner.ui.sync;

import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Control;
import javafx.stage.Window;
import org.mentorplanner.service.CalendarDiscoveryService;
import org.mentorplanner.service.CalendarHome;
import org.mentorplanner.service.DiscoveredCalendar;
import org.mentorplanner.ui.DialogWindow;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserErrors;

/**
 * "Find a calendar": from the server's address and a login only, lists the user's calendars on
 * a CalDAV server (discovery, ADR 0020) and makes a new one on request; the chosen calendar goes
 * back to the sync dialog. The requests run beside the database thread; the dialog answers
 * meanwhile.
 */
public final class CalendarFinderPresenter {

    /** The calendar the user chose, with the login that found it. */
    public record Choice(URI calendar, String user, String password) {
        /** Without the password. */
        @Override
        public String toString() {
            return "Choice[" + calendar + ", user=" + user + "]";
        }
    }

    final CalendarFinderView view = new CalendarFinderView();
    private final CalendarDiscoveryService discovery;
    private final TaskExecutor executor;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private Consumer<Choice> onChosen = choice -> { };
    private DialogWindow window;

    @Inject
    public CalendarFinderPresenter(CalendarDiscoveryService discovery, TaskExecutor executor) {
        this.discovery = discovery;
        this.executor = executor;
        wire();
    }

    /** Fills in what the sync dialog already knows: the server of its URL, the user and the password. */
    public void prefill(String calendarUrl, String user, String password) {
        serverOf(calendarUrl).ifPresent(view.server::setText);
        view.user.setText(user == null ? "" : user.strip());
        view.password.setText(password == null ? "" : password);
    }

    /** What to do with the chosen calendar. */
    public void setOnChosen(Consumer<Choice> action) {
        onChosen = action;
    }

    /** Opens the dialog modal to {@code owner}. */
    public void show(Window owner) {
        window = new DialogWindow(view.root, "Find a calendar", owner, this::close);
        window.show();
        (view.server.getText().isBlank() ? view.server : view.user.getText().isBlank() ? view.user : view.password).requestFocus();
    }

    public void close() {
        if (window != null) {
            window.close();
        }
    }

    private void wire() {
        for (Observable input : new Observable[] {view.server.textProperty(), view.user.textProperty(), view.password.textProperty()}) {
            input.addListener(o -> recheck());
        }
        view.find.setOnAction(e -> find());
        view.create.setOnAction(e -> create());
        view.newName.setOnAction(e -> create());
        view.use.setOnAction(e -> use());
        view.cancel.setOnAction(e -> close());
        view.calendars.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                use();
            }
        });
        view.running.visibleProperty().bind(running);
        view.find.disableProperty().bind(running);
        view.create.disableProperty().bind(running.or(view.newName.textProperty().isEmpty()));
        view.use.disableProperty().bind(running.or(view.calendars.getSelectionModel().selectedItemProperty().isNull()));
        for (Control input : new Control[] {view.server, view.user, view.password, view.calendars, view.newName}) {
            input.disableProperty().bind(running);
        }
        recheck();
    }

    /** What is missing before the server can be asked, or nothing. */
    private Optional<String> problem() {
        if (view.server.getText().isBlank()) {
            return Optional.of("Type the server's address, like https://dav.example.org/.");
        }
        if (view.user.getText().isBlank()) {
            return Optional.of("Type your user name on the server.");
        }
        if (view.password.getText().isEmpty()) {
            return Optional.of("Type the password of " + view.user.getText().strip() + ".");
        }
        return Optional.empty();
    }

    private void recheck() {
        view.problems.setVisible(false);
        fitWindow();
    }

    /** Asks the server for the user's calendars. */
    void find() {
        if (!ready()) {
            return;
        }
        String server = view.server.getText();
        String user = view.user.getText();
        String password = view.password.getText();
        start("Asking " + server.strip() + " for the calendars of " + user.strip() + "…");
        executor.executeNetworkBound(() -> discovery.discover(server, user, password, false), this::found, this::failed);
    }

    /** Makes a calendar of the typed name, then lists it with the others, chosen. */
    void create() {
        if (!ready() || view.newName.getText().isBlank()) {
            return;
        }
        String server = view.server.getText();
        String user = view.user.getText();
        String password = view.password.getText();
        String name = view.newName.getText();
        start("Creating \"" + name.strip() + "\"…");
        executor.executeNetworkBound(() -> {
            DiscoveredCalendar created = discovery.createCalendar(server, user, password, false, name);
            return new Created(created, discovery.discover(server, user, password, false));
        }, this::created, this::failed);
    }

    private record Created(DiscoveredCalendar calendar, CalendarHome home) {
    }

    private boolean ready() {
        Optional<String> problem = problem();
        problem.ifPresent(this::showProblem);
        return problem.isEmpty() && !running.get();
    }

    private void start(String message) {
        running.set(true);
        view.problems.setVisible(false);
        view.status.setVisible(false);
        view.progressMessage.setText(message);
        fitWindow();
    }

    private void found(CalendarHome home) {
        running.set(false);
        view.calendars.getItems().setAll(home.calendars());
        home.calendars().stream().filter(DiscoveredCalendar::holdsEvents).findFirst()
            .ifPresent(first -> view.calendars.getSelectionModel().select(first));
        showStatus(home.calendars().isEmpty()
                ? "No calendars yet in " + home.home() + ": make one below."
                : home.calendars().size() + (home.calendars().size() == 1 ? " calendar" : " calendars") + " in " + home.home() + ".");
    }

    private void created(Created created) {
        running.set(false);
        view.calendars.getItems().setAll(created.home().calendars());
        created.home().calendars().stream().filter(c -> c.url().equals(created.calendar().url())).findFirst()
               .ifPresent(c -> view.calendars.getSelectionModel().select(c));
        view.newName.clear();
        showStatus("Created \"" + created.calendar().displayName() + "\" at " + created.calendar().url() + ".");
    }

    private void failed(Exception failure) {
        running.set(false);
        showProblem(UserErrors.describe(failure));
    }

    private void use() {
        DiscoveredCalendar chosen = view.calendars.getSelectionModel().getSelectedItem();
        if (chosen == null || running.get()) {
            return;
        }
        if (!chosen.holdsEvents()) {
            showProblem("\"" + chosen.displayName() + "\" takes no events: choose another calendar, or make one.");
            return;
        }
        onChosen.accept(new Choice(chosen.url(), view.user.getText().strip(), view.password.getText()));
        close();
    }

    private void showProblem(String text) {
        view.problems.setText(text);
        view.problems.setVisible(true);
        fitWindow();
    }

    private void showStatus(String text) {
        view.status.setText(text);
        view.status.setVisible(true);
        fitWindow();
    }

    private void fitWindow() {
        if (window != null) {
            window.fit();
        }
    }

    /** {@code https://host:port/} of a calendar URL, or empty when it is not one. */
    static Optional<String> serverOf(String calendarUrl) {
        if (calendarUrl == null || calendarUrl.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(calendarUrl.strip());
            return uri.getScheme() == null || uri.getRawAuthority() == null ? Optional.empty()
                    : Optional.of(uri.getScheme() + "://" + uri.getRawAuthority() + "/");
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
