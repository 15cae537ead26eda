package org.mentorplanner.ui.busy;

import jakarta.inject.Inject;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.service.BusyRefresh;
import org.mentorplanner.service.BusyService;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.ui.DialogWindow;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserErrors;

/**
 * Manages mentors' busy sources (ADR 0024): the list with the age of each copy and the last
 * refresh's problem, adding (read at once), refreshing, showing or hiding titles, removing, and
 * the automatic refresh interval. Reading runs on the network thread; everything else on the
 * database thread.
 */
public final class BusySourcesPresenter {

    final BusySourcesView view = new BusySourcesView();
    private final BusyService busy;
    private final DirectoryService directory;
    private final SettingsService settings;
    private final TaskExecutor executor;
    private final CalDavPasswords passwords;
    private final BusyAutoRefresh autoRefresh;
    private final Clock clock;
    private Runnable onChanged = () -> { };
    private DialogWindow window;

    @Inject
    public BusySourcesPresenter(BusyService busy, DirectoryService directory, SettingsService settings, TaskExecutor executor,
                                CalDavPasswords passwords, BusyAutoRefresh autoRefresh, Clock clock) {
        this.busy = busy;
        this.directory = directory;
        this.settings = settings;
        this.executor = executor;
        this.passwords = passwords;
        this.autoRefresh = autoRefresh;
        this.clock = clock;
        view.kind.getItems().setAll(BusySourceKind.values());
        view.kind.setValue(BusySourceKind.ICS_URL);
        view.kind.valueProperty().addListener(o -> kindChosen());
        kindChosen();
        var noRow = view.table.getSelectionModel().selectedItemProperty().isNull();
        view.refresh.disableProperty().bind(noRow);
        view.remove.disableProperty().bind(noRow);
        view.toggleTitles.disableProperty().bind(noRow);
        view.toggleTitles.textProperty().bind(Bindings.createStringBinding(() -> {
            BusySourceRow row = view.table.getSelectionModel().getSelectedItem();
            return row != null && row.source().showTitles() ? "Hide _titles" : "Show _titles";
        }, view.table.getSelectionModel().selectedItemProperty()));
        view.add.disableProperty().bind(view.mentor.valueProperty().isNull().or(view.address.textProperty().isEmpty()));
        view.add.setOnAction(e -> add());
        view.refresh.setOnAction(e -> selected().ifPresent(row -> refresh(List.of(row.source()))));
        view.refreshAll.setOnAction(e -> refresh(view.table.getItems().stream().map(BusySourceRow::source).toList()));
        view.toggleTitles.setOnAction(e -> selected().ifPresent(this::toggleTitles));
        view.remove.setOnAction(e -> selected().ifPresent(this::remove));
        view.chooseFile.setOnAction(e -> chooseFile());
        view.autoRefresh.getValueFactory().setValue(autoRefresh.minutes());
        view.autoRefresh.valueProperty().addListener((o, before, after) -> saveAutoRefresh(after));
        view.close.setOnAction(e -> close());
    }

    /** The dialog's root node (for embedding and tests). */
    public Parent view() {
        return view.root;
    }

    /** Called on the FX thread after a source was added, refreshed, changed or removed (the grid redraws its bands). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = Objects.requireNonNull(onChanged);
    }

    /** Loads the sources and the mentors, on the database thread. */
    public void load() {
        record Loaded(List<BusySource> sources, List<Person> mentors) {
        }
        executor.execute(() -> new Loaded(busy.sources(), directory.mentors()), loaded -> {
            view.mentor.getItems().setAll(loaded.mentors());
            show(loaded.sources(), loaded.mentors());
        }, failure -> say("Could not read the busy sources: " + UserErrors.describe(failure)));
    }

    /** Opens the dialog modal to {@code owner}. */
    public void show(Window owner) {
        window = new DialogWindow(view.root, "Busy times", owner, this::close);
        window.show();
    }

    private void close() {
        if (window != null) {
            window.close();
        }
    }

    private void show(List<BusySource> sources, List<Person> mentors) {
        Map<Long, String> names = new HashMap<>();
        mentors.forEach(p -> names.put(p.id(), p.name()));
        Long selectedId = selected().map(row -> row.source().id()).orElse(null);
        view.table.getItems().setAll(sources.stream()
                .map(s -> BusySourceRow.of(s, names.getOrDefault(s.mentorId(), "#" + s.mentorId()), clock.instant())).toList());
        view.table.getItems().stream().filter(row -> selectedId != null && row.source().id() == selectedId).findFirst()
                  .ifPresent(row -> view.table.getSelectionModel().select(row));
    }

    private Optional<BusySourceRow> selected() {
        return Optional.ofNullable(view.table.getSelectionModel().getSelectedItem());
    }

    private void kindChosen() {
        boolean caldav = view.kind.getValue() == BusySourceKind.CALDAV;
        boolean file = view.kind.getValue() == BusySourceKind.ICS_FILE;
        view.user.setDisable(!caldav);
        view.password.setDisable(!caldav);
        view.chooseFile.setVisible(file);
        view.chooseFile.setManaged(file);
        view.address.setPromptText(switch (view.kind.getValue()) {
            case ICS_URL -> "https://calendar.google.com/calendar/ical/…/basic.ics";
            case ICS_FILE -> "/home/…/calendar.ics";
            case CALDAV -> "https://dav.example.org/calendars/ada/work/";
        });
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose an exported calendar");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Calendars (*.ics)", "*.ics"));
        File file = chooser.showOpenDialog(view.root.getScene() == null ? null : view.root.getScene().getWindow());
        if (file != null) {
            view.address.setText(file.toPath().toString());
        }
    }

    private void add() {
        Person mentor = view.mentor.getValue();
        BusySourceKind kind = view.kind.getValue();
        String address = view.address.getText();
        String user = view.user.getText();
        String password = view.password.getText();
        say("Reading the calendar…");
        view.add.disableProperty().unbind();
        view.add.setDisable(true);
        executor.executeNetworkBound(() -> {
            BusySource source = busy.add(settings.actor(), mentor.email(), kind, kind == BusySourceKind.ICS_FILE
                    ? Path.of(address.strip()).toString() : address, user);
            return busy.refresh(source.id(), password);
        }, refresh -> {
            passwords.remember(refresh.source().id(), password);
            view.address.clear();
            view.password.clear();
            rebindAdd();
            say(refresh.source().describe() + ": " + refresh.message());
            load();
            changed();
        }, failure -> {
            rebindAdd();
            say(UserErrors.describe(failure));
        });
    }

    private void rebindAdd() {
        view.add.disableProperty().bind(view.mentor.valueProperty().isNull().or(view.address.textProperty().isEmpty()));
    }

    private void refresh(List<BusySource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        Map<Long, String> known = passwords.snapshot();
        say("Refreshing…");
        executor.executeNetworkBound(() -> sources.stream().map(s -> busy.refresh(s.id(), known.getOrDefault(s.id(), ""))).toList(),
                results -> {
                    long failed = results.stream().filter(BusyRefresh::failed).count();
                    say(results.size() == 1 ? results.get(0).source().describe() + ": " + results.get(0).message()
                            : results.size() + " calendars refreshed" + (failed > 0 ? ", " + failed + " could not be read (see the list)" : "") + ".");
                    load();
                    changed();
                }, failure -> say("Could not refresh: " + UserErrors.describe(failure)));
    }

    private void toggleTitles(BusySourceRow row) {
        boolean show = !row.source().showTitles();
        executor.execute(() -> busy.showTitles(row.source().id(), show), source -> {
            load();
            changed();
        }, failure -> say("Could not change the source: " + UserErrors.describe(failure)));
    }

    private void remove(BusySourceRow row) {
        executor.execute(() -> {
            busy.remove(settings.actor(), row.source().id());
            return row.source().id();
        }, id -> {
            passwords.forget(id);
            say("Removed " + row.source().describe() + ".");
            load();
            changed();
        }, failure -> say("Could not remove the source: " + UserErrors.describe(failure)));
    }

    private void saveAutoRefresh(Integer minutes) {
        int value = minutes == null ? 0 : minutes;
        executor.execute(() -> {
            busy.setAutoRefreshMinutes(value);
            return value;
        }, autoRefresh::every, failure -> say(UserErrors.describe(failure)));
    }

    private void changed() {
        onChanged.run();
        autoRefresh.copiesChanged();
    }

    private void say(String text) {
        view.status.setText(text);
    }
}
