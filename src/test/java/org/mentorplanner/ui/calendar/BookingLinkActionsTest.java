package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.app.UiModule;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.FxThread;
import org.mentorplanner.ui.SameThreadTaskExecutor;
import org.testfx.api.FxToolkit;

/** Booking links from the grid: publish and unpublish, copy, regenerate (asked first, undoable). */
class BookingLinkActionsTest {

    @TempDir
    Path folder;

    private GuiceWorkspace workspace;
    private SessionService sessions;
    private PlannerPresenter presenter;
    private MentorshipSession draft;
    private final List<String> questions = new ArrayList<>();
    private boolean agree = true;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        Dialogs answering = new Dialogs() {
            @Override
            public boolean confirm(String header, String text, String yes) {
                questions.add(header + " " + text);
                return agree;
            }
        };
        workspace = GuiceWorkspace.open(folder.resolve("planner.db"), new UiModule(new SameThreadTaskExecutor(), answering));
        DemoOrganisation demo = DemoOrganisation.directory(workspace);
        workspace.service(SettingsService.class).setPortalBaseUrl("https://book.example.org/s/");
        sessions = workspace.service(SessionService.class);
        draft = sessions.create(Actor.owner(), new SessionDetails(demo.people.get("ada").id(), null,
                demo.locations.get("berlin").id(), LoadedWeeks.monday(LocalDate.now()).plusDays(1).atTime(10, 0),
                Duration.ofMinutes(60), EnrollmentMethod.IN_PERSON, null, "Room 2", Set.of(), "Career chat", ""), false).session();
        presenter = FxThread.call(() -> {
            PlannerPresenter p = workspace.injector().getInstance(PlannerPresenter.class);
            p.start(PlannerPage.WEEK);
            return p;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private MentorshipSession stored() {
        return sessions.require(draft.id());
    }

    private MenuItem item(MentorshipSession session, String text) {
        return SessionActions.menuItems(session, true, presenter).stream().filter(i -> text.equals(i.getText())).findFirst()
                             .orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    @Test
    void publishGivesALinkThatCopyPutsOnTheClipboardAndUnpublishRevokesIt() {
        assertThat(FxThread.call(() -> item(draft, "Copy booking link").isDisable())).as("a draft has no link").isTrue();
        assertThat(FxThread.call(() -> item(draft, "Regenerate link…").isDisable())).isTrue();

        FxThread.run(() -> presenter.publish(draft));
        MentorshipSession published = stored();
        assertThat(published.bookingToken()).isNotNull();
        assertThat(FxThread.call(() -> item(published, "Copy booking link").isDisable())).isFalse();

        FxThread.run(() -> presenter.copyBookingLink(published));
        assertThat(FxThread.call(() -> Clipboard.getSystemClipboard().getString()))
                .isEqualTo("https://book.example.org/s/" + published.bookingToken());

        FxThread.run(() -> presenter.unpublish(published));
        assertThat(stored().bookingToken()).as("unpublishing revokes the link").isNull();
        FxThread.run(() -> presenter.publish(stored()));
        assertThat(stored().bookingToken()).as("republishing makes a new link").isNotNull().isNotEqualTo(published.bookingToken());

        FxThread.run(() -> presenter.cancel(stored()));
        assertThat(stored().bookingToken()).as("cancelling revokes the link").isNull();
        MentorshipSession cancelled = stored();
        assertThat(FxThread.call(() -> item(cancelled, "Copy booking link").isDisable())).isTrue();
    }

    @Test
    void regenerateAsksFirstReplacesTheLinkAndUndoBringsTheOldOneBack() {
        FxThread.run(() -> presenter.publish(draft));
        MentorshipSession published = stored();

        agree = false;
        FxThread.run(() -> presenter.regenerateLink(published));
        assertThat(questions).singleElement().asString().contains("Career chat").contains("stops working");
        assertThat(stored().bookingToken()).as("declined: nothing changes").isEqualTo(published.bookingToken());

        agree = true;
        FxThread.run(() -> presenter.regenerateLink(published));
        String fresh = stored().bookingToken();
        assertThat(fresh).isNotNull().isNotEqualTo(published.bookingToken());
        assertThat(presenter.history().undoLabelProperty().get()).isEqualTo("Undo Regenerate the link of 'Career chat'");

        FxThread.run(presenter::undo);
        assertThat(stored().bookingToken()).isEqualTo(published.bookingToken());
        FxThread.run(presenter::redo);
        assertThat(stored().bookingToken()).isEqualTo(fresh);
    }
}
