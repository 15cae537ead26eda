package org.mentorplanner.ui.editor;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.LocalTimeAt;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionContext;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionField;
import org.mentorplanner.domain.SessionRules;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.domain.WorkingHours;
import org.mentorplanner.domain.busy.BusyBlock;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.ui.DialogWindow;
import org.mentorplanner.ui.FormLayout;

/**
 * The session editor: every field of a session, checked live by the domain's rules with
 * ControlsFX decorations, and the start shown at every other location for online sessions.
 * It never saves by itself: it hands the fields to its {@link Listener}, which answers with
 * {@link #close()} or {@link #showProblems(InvalidInputException)}.
 */
public final class SessionEditorPresenter {

    /** Who acts on the editor's buttons. */
    public interface Listener {
        /** The user asked to save {@code details} with {@code action}; the fields obey every rule. */
        void submit(SessionEditorPresenter editor, SessionDetails details, EditorAction action);

        /** The user closed the editor without saving. */
        void cancelled(SessionEditorPresenter editor);
    }

    private static final List<Duration> DURATIONS = List.of(Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofMinutes(45), Duration.ofMinutes(60), Duration.ofMinutes(90), Duration.ofMinutes(120),
            Duration.ofMinutes(180), Duration.ofMinutes(240));

    private final SessionEditorView view = new SessionEditorView();
    private final EditorChoices choices;
    private final EditorRequest request;
    private final Listener listener;
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<SessionField, String> problems = new EnumMap<>(SessionField.class);
    private final BooleanProperty invalid = new SimpleBooleanProperty(this, "invalid", true);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final LocaleDateFormat dates;
    private final DisplayFormats formats;
    private final ZoneId yourZone;
    private DialogWindow window;
    private boolean closed;
    private BusyLookup busyLookup = BusyLookup.NONE;
    /** Your working hours; none until the planner gives them, so nothing is marked. */
    private WorkingHours workingHours;
    /** Counts busy look-ups, so an answer that arrives after the form changed again is dropped. */
    private long busyAsked;

    /** An editor writing dates and times as {@code locale} does, times as the locale writes them. */
    public SessionEditorPresenter(EditorChoices choices, EditorRequest request, Listener listener,
                                  ZoneId yourZone, Locale locale) {
        this(choices, request, listener, yourZone, DisplayFormats.of(locale));
    }

    /**
     * An editor whose fields read and write dates and times with {@code formats}, and which tells
     * the start in {@code yourZone} (the zone the planner's grid shows) beside the location's time.
     */
    public SessionEditorPresenter(EditorChoices choices, EditorRequest request, Listener listener,
                                  ZoneId yourZone, DisplayFormats formats) {
        this.choices = choices;
        this.request = request;
        this.listener = listener;
        this.yourZone = yourZone;
        this.formats = formats;
        this.dates = new LocaleDateFormat(formats);
        FormLayout.markFields(validation);
        fill();
        wire();
        recheck();
    }

    /** The editor's root node (for embedding and tests). */
    public Parent view() {
        return view.root;
    }

    /** Opens the editor in its own window, modal to {@code owner}. */
    public void show(Window owner) {
        window = new DialogWindow(view.root, request.isNew() ? "New session" : "Edit session", owner, this::cancel);
        window.show();
        view.title.requestFocus();
    }

    /** Closes the editor after a successful save. */
    public void close() {
        closed = true;
        if (window != null) {
            window.close();
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Checks the session against the mentor's busy time from their own calendars while it is
     * edited, and warns when they overlap (saving stays possible).
     */
    public void useBusyLookup(BusyLookup lookup) {
        this.busyLookup = lookup;
        recheck();
    }

    /** Marks a session that lies outside {@code hours} (in your time, the grid's zone). */
    public void useWorkingHours(WorkingHours hours) {
        this.workingHours = hours;
        recheck();
    }

    /** The request this editor was opened on. */
    public EditorRequest request() {
        return request;
    }

    /** Shows problems the service found (for example a mentor removed meanwhile); the editor stays open. */
    public void showProblems(InvalidInputException failure) {
        busy.set(false);
        List<String> messages = new ArrayList<>();
        for (InvalidInputException.Problem problem : failure.problems()) {
            messages.add(problem.message());
            fieldNamed(problem.field()).ifPresent(field -> problems.putIfAbsent(field, problem.message()));
        }
        validation.revalidate();
        view.problems.setText(String.join("\n", messages));
        view.problems.setVisible(true);
        fitWindow();
    }

    /** Shows that a save is under way (buttons off) or over. */
    public void setBusy(boolean value) {
        busy.set(value);
    }

    /** Whether some field breaks a rule; Save and Publish are disabled meanwhile. */
    public ReadOnlyBooleanProperty invalidProperty() {
        return invalid;
    }

    /** The messages of the current problems, one per field, in form order. */
    public List<String> problemMessages() {
        return List.copyOf(problems.values());
    }

    /** The fields as they are now, if complete enough to form a session. */
    public Optional<SessionDetails> currentDetails() {
        return formDetails(new EnumMap<>(SessionField.class));
    }

    // ---- filling and wiring ----

    private void fill() {
        SessionDetails d = request.details();
        view.heading.setText(request.isNew() ? "New session" : "Edit session");
        SessionStatus status = request.status();
        view.statusBadge.setText(request.isNew() ? "Draft" : label(status));
        view.statusBadge.getStyleClass().add("status-" + status.name().toLowerCase(Locale.ROOT));

        List<Person> mentors = new ArrayList<>(choices.schedulableMentors());
        choices.mentor(d.mentorId()).filter(p -> !mentors.contains(p)).ifPresent(mentors::add);
        view.mentor.getItems().setAll(mentors);
        view.mentor.setValue(choices.mentor(d.mentorId()).orElse(null));
        view.mentor.setDisable(mentors.size() <= 1);

        view.mentee.getItems().setAll(choices.mentees());
        view.mentee.setValue(choices.mentee(d.menteeId()).orElse(null));
        view.location.getItems().setAll(choices.locations());
        view.location.setValue(choices.location(d.locationId()).orElse(null));
        view.date.setConverter(dates.converter(view.date::getValue));
        view.date.setPromptText(dates.format(d.localStart().toLocalDate()));
        view.date.setValue(d.localStart().toLocalDate());
        // The field's text is what counts (shownDate); the skin would write it only once it exists.
        view.date.getEditor().setText(dates.format(d.localStart().toLocalDate()));
        view.time.setText(formats.time(d.localStart().toLocalTime()));
        TreeSet<Duration> durations = new TreeSet<>(DURATIONS);
        durations.add(d.duration());
        view.duration.getItems().setAll(durations);
        view.duration.setValue(d.duration());
        switch (d.method()) {
            case ONLINE -> view.method.selectToggle(view.online);
            case IN_PERSON -> view.method.selectToggle(view.inPerson);
            case BOTH -> view.method.selectToggle(view.both);
        }
        view.meetingUrl.setText(d.meetingUrl() == null ? "" : d.meetingUrl());
        view.place.setText(d.place() == null ? "" : d.place());
        view.groups.getItems().setAll(choices.groups());
        for (Group group : choices.groups()) {
            if (d.groupIds().contains(group.id())) {
                view.groups.getCheckModel().check(group);
            }
        }
        view.title.setText(d.title());
        view.notes.setText(d.notes());

        boolean published = status == SessionStatus.PUBLISHED;
        view.saveDraft.setText(published ? "_Save" : "_Save draft");
        if (request.isReadOnly()) {
            view.root.getStyleClass().add("read-only");
            view.root.getCenter().setDisable(true);
            view.cancel.setText("_Close");
        }
    }

    private void wire() {
        Observable[] inputs = {view.mentor.valueProperty(), view.mentee.valueProperty(), view.location.valueProperty(),
                view.date.valueProperty(), view.date.getEditor().textProperty(), view.time.textProperty(), view.duration.valueProperty(),
                view.method.selectedToggleProperty(), view.meetingUrl.textProperty(), view.place.textProperty(),
                view.title.textProperty(), view.notes.textProperty()};
        for (Observable input : inputs) {
            input.addListener(o -> recheck());
        }
        view.groups.getCheckModel().getCheckedItems().addListener((ListChangeListener<Group>) c -> recheck());
        // Keep a method selected: clicking the selected toggle would otherwise leave none.
        view.method.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                view.method.selectToggle(old);
            }
        });
        view.clearMentee.setOnAction(e -> view.mentee.setValue(null));
        view.clearMentee.disableProperty().bind(view.mentee.valueProperty().isNull());

        register(view.mentor, SessionField.MENTOR);
        register(view.mentee, SessionField.MENTEE);
        register(view.location, SessionField.LOCATION);
        // The start's problem marks the date field when the date is wrong, else the time field.
        validation.registerValidator(view.time, false, (Validator<Object>) (c, value) ->
                ValidationResult.fromErrorIf(c, problems.getOrDefault(SessionField.START, ""),
                        problems.containsKey(SessionField.START) && dateProblem().isEmpty()));
        validation.registerValidator(view.date, false, (Validator<Object>) (c, value) ->
                ValidationResult.fromErrorIf(c, dateProblem().orElse(""), dateProblem().isPresent()));
        register(view.duration, SessionField.DURATION);
        register(view.meetingUrl, SessionField.MEETING_URL);
        register(view.place, SessionField.PLACE);
        register(view.groups, SessionField.GROUPS);
        register(view.title, SessionField.TITLE);
        register(view.notes, SessionField.NOTES);
        register(view.online, SessionField.METHOD);

        boolean readOnly = request.isReadOnly();
        view.saveDraft.disableProperty().bind(invalid.or(busy).or(Bindings.createBooleanBinding(() -> readOnly)));
        boolean alreadyPublished = request.status() != SessionStatus.DRAFT;
        view.publish.disableProperty().bind(invalid.or(busy).or(Bindings.createBooleanBinding(() -> alreadyPublished)));
        view.publishAndDuplicate.disableProperty().bind(invalid.or(busy).or(Bindings.createBooleanBinding(() -> readOnly)));
        view.saveDraft.setOnAction(e -> submit(EditorAction.SAVE));
        view.publish.setOnAction(e -> submit(EditorAction.PUBLISH));
        view.publishAndDuplicate.setOnAction(e -> submit(EditorAction.PUBLISH_AND_DUPLICATE));
        view.cancel.setOnAction(e -> cancel());
    }

    private void register(Control control, SessionField field) {
        validation.registerValidator(control, false, (Validator<Object>) (c, value) ->
                ValidationResult.fromErrorIf(c, problems.getOrDefault(field, ""), problems.containsKey(field)));
    }

    private void submit(EditorAction action) {
        if (invalid.get() || busy.get()) {
            return;
        }
        formDetails(new EnumMap<>(SessionField.class)).ifPresent(details -> {
            busy.set(true);
            listener.submit(this, details, action);
        });
    }

    private void cancel() {
        if (closed) {
            return;
        }
        close();
        listener.cancelled(this);
    }

    // ---- checking ----

    private void recheck() {
        problems.clear();
        Optional<SessionDetails> details = formDetails(problems);
        details.ifPresent(d -> {
            Person mentor = view.mentor.getValue();
            Person mentee = view.mentee.getValue();
            Set<Long> groupIds = new HashSet<>();
            choices.groups().forEach(g -> groupIds.add(g.id()));
            for (SessionRules.Violation violation : SessionRules.check(d,
                    new SessionContext(choices.actor(), mentor, mentee, view.location.getValue(), groupIds))) {
                problems.putIfAbsent(violation.field(), violation.message());
            }
        });
        EnrollmentMethod method = selectedMethod();
        view.meetingUrl.setDisable(method == EnrollmentMethod.IN_PERSON);
        view.place.setDisable(method == EnrollmentMethod.ONLINE);
        invalid.set(!problems.isEmpty());
        view.problems.setText(String.join("\n", problems.values()));
        view.problems.setVisible(!problems.isEmpty());
        validation.revalidate();
        showLocalTimes(method);
        showYourTime();
        showOutsideHours();
        checkBusy(details);
        fitWindow();
    }

    /** Asks for the mentor's busy time at the form's times; the answer shows as a warning. */
    private void checkBusy(Optional<SessionDetails> details) {
        long asked = ++busyAsked;
        Location location = view.location.getValue();
        if (details.isEmpty() || location == null || details.get().duration() == null) {
            showBusy(List.of(), null);
            return;
        }
        SessionDetails d = details.get();
        ZonedDateTime start = d.localStart().atZone(location.zone());
        busyLookup.overlapping(d.mentorId(), start.toInstant(), start.plus(d.duration()).toInstant(), blocks -> {
            if (asked == busyAsked) {
                showBusy(blocks, location.zone());
            }
        });
    }

    private void showBusy(List<BusyBlock> blocks, ZoneId zone) {
        if (blocks.isEmpty()) {
            view.busyWarning.setText("");
            view.busyWarning.setVisible(false);
        } else {
            Person mentor = view.mentor.getValue();
            view.busyWarning.setText((mentor == null ? "The mentor" : mentor.name()) + " is busy then (own calendar): "
                    + blocks.stream().map(block -> block.title() + " " + formats.timeRange(block.start().atZone(zone).toLocalTime(),
                            block.end().atZone(zone).toLocalTime())).collect(Collectors.joining(", ")) + ".");
            view.busyWarning.setVisible(true);
        }
        fitWindow();
    }

    /**
     * "Outside your working hours (Monday 08:00–18:00)": the session's start and end in your
     * time (the grid's zone) against the hours of its weekday, or "a day off".
     */
    private void showOutsideHours() {
        Location own = view.location.getValue();
        Optional<LocalDateTime> start = start(new EnumMap<>(SessionField.class));
        if (workingHours == null || own == null || start.isEmpty() || view.duration.getValue() == null) {
            view.outsideHours.setVisible(false);
            return;
        }
        ZonedDateTime yours = ZonedDateTime.of(start.get(), own.zone()).withZoneSameInstant(yourZone);
        LocalDateTime from = yours.toLocalDateTime();
        LocalDateTime to = from.plus(view.duration.getValue());
        boolean outside = !workingHours.covers(from, to);
        if (outside) {
            String day = from.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            view.outsideHours.setText("⚠ Outside your working hours ("
                    + workingHours.on(from.getDayOfWeek())
                            .map(hours -> day + " " + formats.timeRange(hours.start(), hours.end()))
                            .orElse(day + " is a day off") + ").");
        }
        view.outsideHours.setVisible(outside);
    }

    /**
     * "15:30 in Bangalore office is 10:00 your time (UTC)": the start is the location's time,
     * which differs from the time the user dragged on the grid when the zones differ.
     */
    private void showYourTime() {
        Location own = view.location.getValue();
        Optional<LocalDateTime> start = start(new EnumMap<>(SessionField.class));
        if (own == null || start.isEmpty()) {
            view.yourTime.setText("");
            return;
        }
        ZonedDateTime there = ZonedDateTime.of(start.get(), own.zone());
        ZonedDateTime yours = there.withZoneSameInstant(yourZone);
        if (yours.toLocalDateTime().equals(there.toLocalDateTime())) {
            view.yourTime.setText("The same as your time (" + yourZone.getId() + ").");
            return;
        }
        String yourStart = yours.toLocalDate().equals(there.toLocalDate()) ? formats.time(yours.toLocalTime())
                : elsewhere(yours.toLocalDateTime());
        view.yourTime.setText(formats.time(there.toLocalTime()) + " in " + own.name() + " is " + yourStart + " your time ("
                + yourZone.getId() + ").");
    }

    /** Reads the form; missing or unreadable fields go into {@code out} and give no details. */
    private Optional<SessionDetails> formDetails(Map<SessionField, String> out) {
        Person mentor = view.mentor.getValue();
        Location location = view.location.getValue();
        if (mentor == null) {
            out.put(SessionField.MENTOR, "Choose a mentor.");
        }
        if (location == null) {
            out.put(SessionField.LOCATION, "Choose a location.");
        }
        Optional<LocalDateTime> start = start(out);
        if (mentor == null || location == null || start.isEmpty()) {
            return Optional.empty();
        }
        Person mentee = view.mentee.getValue();
        Set<Long> groupIds = new LinkedHashSet<>();
        view.groups.getCheckModel().getCheckedItems().forEach(g -> groupIds.add(g.id()));
        EnrollmentMethod method = selectedMethod();
        return Optional.of(new SessionDetails(mentor.id(), mentee == null ? null : mentee.id(), location.id(),
                start.get(), view.duration.getValue(), method,
                method == EnrollmentMethod.IN_PERSON ? null : view.meetingUrl.getText(),
                method == EnrollmentMethod.ONLINE ? null : view.place.getText(),
                groupIds, view.title.getText(), view.notes.getText()));
    }

    /**
     * The date the field shows. Its text is read, not the picker's value: the picker takes typed
     * text only when the field loses the focus, and keeps its old value for text it cannot read,
     * so a save could otherwise store a date the user no longer sees.
     */
    private Optional<LocalDate> shownDate() {
        return dates.parse(view.date.getEditor().getText());
    }

    /** What is wrong with the date field's text, if anything. */
    private Optional<String> dateProblem() {
        String text = view.date.getEditor().getText();
        if (text == null || text.isBlank()) {
            return Optional.of("Choose a date.");
        }
        return shownDate().isPresent() ? Optional.empty() : Optional.of(dates.problem(text));
    }

    private Optional<LocalDateTime> start(Map<SessionField, String> out) {
        Optional<String> dateProblem = dateProblem();
        if (dateProblem.isPresent()) {
            out.put(SessionField.START, dateProblem.get());
            return Optional.empty();
        }
        LocalDate date = shownDate().orElseThrow();
        Optional<LocalTime> time = formats.parseTime(view.time.getText());
        if (time.isEmpty()) {
            out.put(SessionField.START, "Start time must be a time of day like " + formats.time(LocalTime.of(9, 30)) + ".");
            return Optional.empty();
        }
        return Optional.of(date.atTime(time.get()));
    }

    /** "Wed 2 Dec, 10:00": a start at another place, whose day may differ. */
    private String elsewhere(LocalDateTime start) {
        return formats.weekday(start.toLocalDate()) + " " + formats.dayMonth(start.toLocalDate()) + ", "
                + formats.time(start.toLocalTime());
    }

    private EnrollmentMethod selectedMethod() {
        Toggle selected = view.method.getSelectedToggle();
        if (selected == view.online) {
            return EnrollmentMethod.ONLINE;
        }
        return selected == view.both ? EnrollmentMethod.BOTH : EnrollmentMethod.IN_PERSON;
    }

    private void showLocalTimes(EnrollmentMethod method) {
        view.localTimes.getChildren().clear();
        Location own = view.location.getValue();
        Optional<LocalDateTime> start = start(new EnumMap<>(SessionField.class));
        if (method == EnrollmentMethod.IN_PERSON) {
            view.localTimes.getChildren().add(hint("In-person sessions happen at the location's own time."));
            return;
        }
        if (own == null || start.isEmpty()) {
            view.localTimes.getChildren().add(hint("Choose a location, date and time to see the start elsewhere."));
            return;
        }
        ZonedDateTime here = ZonedDateTime.of(start.get(), own.zone());
        Label ownName = new Label(own.name());
        ownName.getStyleClass().add("own-time");
        Label ownTime = new Label(elsewhere(here.toLocalDateTime()) + "  ·  " + own.zone().getId());
        ownTime.getStyleClass().add("place-time");
        VBox ownLine = new VBox(1, ownName, ownTime);
        ownLine.getStyleClass().add("own-line");
        view.localTimes.getChildren().add(ownLine);
        for (LocalTimeAt at : LocalTimeAt.atOtherLocations(here.toInstant(), own, choices.locations())) {
            Label name = new Label(at.location().name());
            name.getStyleClass().add("place-name");
            Label when = new Label(elsewhere(at.start().toLocalDateTime()) + "  ·  " + at.location().zone().getId());
            when.getStyleClass().add("place-time");
            view.localTimes.getChildren().add(new VBox(1, name, when));
        }
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add("place-time");
        return hint;
    }

    /** Grows the window when a message or more places need room, so nothing is clipped. */
    private void fitWindow() {
        if (window != null) {
            window.fit();
        }
    }

    private static Optional<SessionField> fieldNamed(String name) {
        for (SessionField field : SessionField.values()) {
            if (field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static String label(SessionStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case PUBLISHED -> "Published";
            case CANCELLED -> "Cancelled";
        };
    }
}
