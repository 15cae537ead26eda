package org.mentorplanner.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.LocationKind;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.WorkingHours;
import org.mentorplanner.domain.busy.BusyBlock;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The editor on its own: live checks, the start elsewhere, and what it hands to its listener. */
class SessionEditorPresenterTest {

    private static final Person ADA = new Person(1, "ada@example.org", "Ada", Set.of(Role.MENTOR));
    private static final Person BOB = new Person(2, "bob@example.org", "Bob", Set.of(Role.MENTOR));
    private static final Location BERLIN = new Location(10, "Berlin office", ZoneId.of("Europe/Berlin"), LocationKind.IN_PERSON);
    private static final Location NEW_YORK = new Location(11, "New York office", ZoneId.of("America/New_York"), LocationKind.IN_PERSON);

    private final List<SessionDetails> submitted = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private SessionEditorPresenter editor(Actor actor) {
        return editor(actor, Locale.UK);
    }

    private SessionEditorPresenter editor(Actor actor, Locale locale) {
        AtomicReference<SessionEditorPresenter> editor = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> editor.set(new SessionEditorPresenter(
                new EditorChoices(actor, List.of(ADA, BOB), List.of(), List.of(BERLIN, NEW_YORK), List.of()),
                EditorRequest.create(new SessionDetails(ADA.id(), null, BERLIN.id(), LocalDateTime.parse("2026-12-02T10:00"),
                        Duration.ofMinutes(60), EnrollmentMethod.IN_PERSON, null, null, Set.of(), "", "")),
                new SessionEditorPresenter.Listener() {
                    @Override
                    public void submit(SessionEditorPresenter source, SessionDetails details, EditorAction action) {
                        submitted.add(details);
                    }

                    @Override
                    public void cancelled(SessionEditorPresenter source) {
                    }
                }, ZoneId.of("Europe/London"), locale))));
        // Skins (and with them the buttons inside button bars) exist once the view has CSS applied.
        onFx(() -> {
            new Scene(editor.get().view());
            editor.get().view().applyCss();
        });
        return editor.get();
    }

    private static void onFx(Runnable work) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    private static <T extends Node> T node(SessionEditorPresenter editor, String id) {
        @SuppressWarnings("unchecked")
        T node = (T) editor.view().lookup(id);
        return node;
    }

    @Test
    void anOnlineSessionShowsItsStartAtEveryOtherLocation() {
        SessionEditorPresenter editor = editor(Actor.owner());

        onFx(() -> ((ToggleButton) node(editor, "#methodOnline")).fire());

        VBox times = node(editor, "#localTimes");
        String text = times.lookupAll(".label").stream().map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertThat(text).contains("New York office").contains("Wed 2 Dec, 04:00");
        assertThat(editor.invalidProperty().get()).isTrue();
        assertThat(editor.problemMessages()).singleElement().asString().startsWith("Meeting URL is required");

        onFx(() -> ((TextField) node(editor, "#time")).setText("16:30"));
        String later = times.lookupAll(".label").stream().map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertThat(later).as("live as fields change").contains("Wed 2 Dec, 10:30");
    }

    @Test
    void aMentorCannotChooseAnotherMentor() {
        SessionEditorPresenter editor = editor(Actor.of(ADA));

        assertThat(node(editor, "#mentor").isDisabled()).isTrue();
    }

    @Test
    void problemsFoundByTheServiceAreShownAndTheEditorStaysUsable() {
        SessionEditorPresenter editor = editor(Actor.owner());

        onFx(() -> editor.showProblems(new InvalidInputException(List.of(
                new InvalidInputException.Problem("MENTOR", "Ada no longer exists: choose another mentor.")))));

        assertThat(((Label) node(editor, "#problems")).getText()).contains("Ada no longer exists");
        onFx(() -> ((Button) node(editor, "#saveDraft")).fire());
        assertThat(submitted).as("the user may fix and save again").hasSize(1);
        assertThat(submitted.get(0).localStart()).isEqualTo(LocalDateTime.parse("2026-12-02T10:00"));
    }

    @Test
    void aDayFirstDateIsReadAsTheBritishLocaleWritesItAndSavedAsShown() {
        SessionEditorPresenter editor = editor(Actor.owner(), Locale.forLanguageTag("en-GB"));
        DatePicker date = node(editor, "#date");
        assertThat(date.getEditor().getText()).as("shown day first").isEqualTo("02/12/2026");

        onFx(() -> date.getEditor().setText("31/12/2026"));
        assertThat(editor.invalidProperty().get()).isFalse();
        // Save straight from the field, without leaving it: the date shown is the date saved.
        onFx(() -> ((Button) node(editor, "#saveDraft")).fire());

        assertThat(submitted).singleElement().extracting(SessionDetails::localStart)
                             .isEqualTo(LocalDateTime.parse("2026-12-31T10:00"));
    }

    @Test
    void aDayFirstDateInTheUsLocaleMarksTheFieldAndKeepsSaveDisabled() {
        SessionEditorPresenter editor = editor(Actor.owner(), Locale.forLanguageTag("en-US"));
        DatePicker date = node(editor, "#date");
        assertThat(date.getEditor().getText()).as("shown month first").isEqualTo("12/2/2026");

        onFx(() -> date.getEditor().setText("31/12/2026"));
        onFx(date::commitValue); // as when the field loses the focus

        assertThat(date.getEditor().getText()).as("what the user typed stays to be fixed").isEqualTo("31/12/2026");
        assertThat(editor.invalidProperty().get()).isTrue();
        assertThat(node(editor, "#saveDraft").isDisabled()).isTrue();
        assertThat(editor.problemMessages()).singleElement().asString()
                .isEqualTo("'31/12/2026' is not a date: write it like 12/31/2026 (month/day/year).");
        onFx(() -> ((Button) node(editor, "#saveDraft")).fire());
        assertThat(submitted).as("nothing saved on the old date").isEmpty();

        onFx(() -> date.getEditor().setText("12/31/2026"));
        assertThat(editor.invalidProperty().get()).isFalse();
        onFx(() -> ((Button) node(editor, "#saveDraft")).fire());
        assertThat(submitted).singleElement().extracting(SessionDetails::localStart)
                             .isEqualTo(LocalDateTime.parse("2026-12-31T10:00"));
    }

    @Test
    void aSessionOverlappingTheMentorsBusyTimeIsWarnedAboutWithWhatAndWhenButMayStillBeSaved() {
        SessionEditorPresenter editor = editor(Actor.owner());
        List<String> asked = new ArrayList<>();
        // Ada's own calendar: 10:30-11:30 Berlin (09:30-10:30 UTC) on 2 December
        BusyLookup lookup = (mentorId, from, to, answer) -> {
            asked.add(mentorId + " " + from + " " + to);
            var block = new BusyBlock(7, ADA.id(), Instant.parse("2026-12-02T09:30:00Z"),
                    Instant.parse("2026-12-02T10:30:00Z"), "Team meeting");
            answer.accept(block.overlaps(from, to) && mentorId == ADA.id() ? List.of(block) : List.of());
        };

        onFx(() -> editor.useBusyLookup(lookup));
        Label warning = node(editor, "#busyWarning");
        String shown = warning.getText();
        boolean visible = warning.isVisible();
        onFx(() -> ((TextField) node(editor, "#time")).setText("12:00"));

        assertThat(visible).isTrue();
        assertThat(shown).isEqualTo("Ada is busy then (own calendar): Team meeting 10:30–11:30.");
        assertThat(asked.get(0)).isEqualTo(ADA.id() + " 2026-12-02T09:00:00Z 2026-12-02T10:00:00Z");
        assertThat(warning.isVisible()).isFalse();
        assertThat(((Button) node(editor, "#publish")).isDisabled()).isFalse();
    }

    @Test
    void aSessionOutsideTheWorkingHoursIsMarkedInYourTime() {
        SessionEditorPresenter editor = editor(Actor.owner());
        onFx(() -> editor.useWorkingHours(WorkingHours.DEFAULT));
        Label outside = (Label) node(editor, "#outsideHours");
        assertThat(outside.isVisible()).as("10:00 in Berlin is 09:00 in London, inside the hours").isFalse();

        onFx(() -> ((TextField) node(editor, "#time")).setText("08:30"));

        assertThat(outside.isVisible()).as("08:30 in Berlin is 07:30 in London").isTrue();
        assertThat(outside.getText()).isEqualTo("⚠ Outside your working hours (Wednesday 08:00–18:00).");
        assertThat(editor.invalidProperty().get()).as("a mark, not a refusal").isFalse();
    }
}
