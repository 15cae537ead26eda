package org.mentorplanner.ui.settings;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Settings;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.ui.DialogWindow;
import org.mentorplanner.ui.DisplayConverter;
import org.mentorplanner.ui.FormLayout;
import org.mentorplanner.ui.FormatChoice;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserChoices;
import org.mentorplanner.ui.UserErrors;
import org.mentorplanner.ui.busy.BusySourcesPresenter;
import org.mentorplanner.ui.theme.Themes;

/**
 * Settings: who "I" am (which decides what I may change and whose calendar I see first), the
 * booking portal's base URL, checked as it is typed with an example link, and the theme.
 */
public final class SettingsPresenter {

    private static final String EXAMPLE_TOKEN = "Zm9yLWV4YW1wbGUtb25seQ";

    final SettingsView view = new SettingsView();
    private final SettingsService settings;
    private final DirectoryService directory;
    private final TaskExecutor executor;
    private final ValidationSupport validation = new ValidationSupport();
    private final BooleanProperty invalid = new SimpleBooleanProperty(this, "invalid", true);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", true);
    private Runnable onSaved = () -> { };
    private Person savedMe;
    private String urlProblem;
    private DialogWindow window;

    @Inject
    public SettingsPresenter(SettingsService settings, DirectoryService directory, TaskExecutor executor, Themes themes) {
        this.settings = settings;
        // The theme is the computer's, not the workspace's: it changes (and is kept) as it is chosen.
        view.theme.setValue(themes.choiceProperty().get());
        view.theme.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null) {
                themes.choose(chosen);
            }
        });
        this.directory = directory;
        this.executor = executor;
        FormLayout.markFields(validation);
        view.portalBaseUrl.textProperty().addListener(o -> recheck());
        validation.registerValidator(view.portalBaseUrl, false, (Validator<Object>) (c, value) ->
                ValidationResult.fromErrorIf(c, urlProblem == null ? "" : urlProblem, urlProblem != null));
        view.save.disableProperty().bind(invalid.or(busy));
        view.save.setOnAction(e -> save());
        view.cancel.setOnAction(e -> close());
        recheck();
    }

    /** Offers the busy sources dialog (mentors' own calendars) from the settings; method injection keeps the constructor. */
    @Inject
    void offerBusyTimes(Provider<BusySourcesPresenter> dialogs) {
        view.busyTimes.setVisible(true);
        view.busyTimes.setOnAction(e -> {
            BusySourcesPresenter dialog = dialogs.get();
            dialog.load();
            dialog.show(view.root.getScene() == null ? null : view.root.getScene().getWindow());
        });
    }

    /** Languages offered besides the desktop's; the JDK has the dates of each. */
    static final List<String> LANGUAGES = List.of("en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL",
            "sv-SE", "pl-PL", "pt-BR", "ja-JP", "zh-CN", "ko-KR");

    /**
     * Offers how dates and times are written. Like the theme it belongs to the computer, and is
     * kept as it is chosen; the window is built with it, so it applies to windows opened afterwards.
     */
    @Inject
    void offerFormats(UserChoices choices, DisplayFormats current) {
        view.formatLocale.getItems().setAll("");
        view.formatLocale.getItems().addAll(LANGUAGES);
        view.formatLocale.setConverter(DisplayConverter.of(tag -> tag == null || tag.isEmpty()
                ? "As the desktop (" + choices.desktopLocale().getDisplayName(choices.desktopLocale()) + ")"
                : Locale.forLanguageTag(tag).getDisplayName(Locale.forLanguageTag(tag))));
        FormatChoice chosen = choices.formatChoice();
        view.formatLocale.setValue(chosen.languageTag());
        view.clock.setValue(chosen.clock());
        Runnable changed = () -> {
            FormatChoice choice = new FormatChoice(
                    view.formatLocale.getValue(), view.clock.getValue());
            choices.chooseFormat(choice);
            DisplayFormats next = choices.formats();
            view.formatExample.setText(example(next,
                    !next.locale().equals(current.locale()) || next.clockStyle() != current.clockStyle()));
        };
        view.formatLocale.valueProperty().addListener(o -> changed.run());
        view.clock.valueProperty().addListener(o -> changed.run());
        view.formatExample.setText(example(current, false));
        workingHours = new WorkingHoursFields(current, choices.workingHours(), hours -> {
            if (!workingHours.hasProblem()) {
                choices.chooseWorkingHours(hours);
            }
            view.workingHoursHint.setText(workingHours.hasProblem()
                    ? "A working day must end after it starts: that day is not kept until it does."
                    : "Kept. Applies to windows opened from now on.");
        });
        view.workingHoursBox.getChildren().add(0, workingHours.grid);
    }

    /** The working hours' rows, once the choices are known. */
    private WorkingHoursFields workingHours;

    /** "Mon, 23 Nov 2026, 15:30", and when a change applies. */
    static String example(DisplayFormats formats, boolean changed) {
        String sample = formats.dayAndTime(LocalDateTime.of(2026, 11, 23, 15, 30)) + "; weeks start on "
                + formats.firstDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ".";
        return changed ? sample + " Applies to windows opened from now on." : sample;
    }

    /** The dialog's root node (for embedding and tests). */
    public Parent view() {
        return view.root;
    }

    /** Called after the settings were saved (the planner reads who "I" am again). */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = Objects.requireNonNull(onSaved);
    }

    /** Loads the current settings and the people to choose from, on the database thread. */
    public void load() {
        record Loaded(Settings settings, Optional<Person> me, List<Person> people, int backgroundSync) {
        }
        executor.execute(() -> new Loaded(settings.settings(), settings.me(), directory.people(),
                        settings.backgroundSyncMinutes()),
                loaded -> {
                    view.me.getItems().setAll(loaded.people());
                    savedMe = loaded.me().orElse(null);
                    view.me.setValue(savedMe);
                    view.portalBaseUrl.setText(loaded.settings().portalBaseUrl());
                    view.backgroundSync.setValue(loaded.backgroundSync());
                    busy.set(false);
                },
                failure -> showProblem("Could not read the settings: " + UserErrors.describe(failure)));
    }

    /** Opens the dialog in its own window, modal to {@code owner}. */
    public void show(Window owner) {
        window = new DialogWindow(view.root, "Settings", owner, this::close);
        window.show();
    }

    public void close() {
        if (window != null) {
            window.close();
        }
    }

    /** Whether the URL is wrong; Save is disabled meanwhile. */
    public ReadOnlyBooleanProperty invalidProperty() {
        return invalid;
    }

    /** Saves "me" (when changed), the portal URL and the background sync, then closes. */
    public void save() {
        if (invalid.get() || busy.get()) {
            return;
        }
        Person me = view.me.getValue();
        String url = view.portalBaseUrl.getText();
        int backgroundSync = view.backgroundSync.getValue() == null ? 0 : view.backgroundSync.getValue();
        boolean meChanged = me != null && !me.equals(savedMe);
        busy.set(true);
        executor.execute(() -> {
                    if (meChanged) {
                        settings.setMe(me.email());
                    }
                    settings.setPortalBaseUrl(url);
                    settings.setBackgroundSyncMinutes(backgroundSync);
                    return me;
                },
                saved -> {
                    savedMe = saved;
                    busy.set(false);
                    close();
                    onSaved.run();
                },
                failure -> {
                    busy.set(false);
                    showProblem((failure instanceof InvalidInputException ? "" : "Could not save the settings: ")
                            + UserErrors.describe(failure));
                });
    }

    private void recheck() {
        try {
            String url = SettingsService.checkPortalBaseUrl(view.portalBaseUrl.getText());
            urlProblem = null;
            view.example.setText("Booking links will look like\n" + new Settings(Optional.empty(), url).bookingUrl(EXAMPLE_TOKEN));
        } catch (InvalidInputException e) {
            urlProblem = e.getMessage();
            view.example.setText("");
        }
        invalid.set(urlProblem != null);
        view.problems.setText(urlProblem == null ? "" : urlProblem);
        view.problems.setVisible(urlProblem != null);
        validation.revalidate();
    }

    private void showProblem(String text) {
        view.problems.setText(text);
        view.problems.setVisible(true);
    }
}
