package org.mentorplanner.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.time.PinnedMoment;
import org.mentorplanner.ui.DemoWorkspace;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.FxThread;

/** Booking links from the grid: publish and unpublish, copy, regenerate (asked first, undoable). */
@ParameterizedClass
@MethodSource("org.mentorplanner.time.PinnedMoment#all")
class BookingLinkActionsTest {

    /** The moment the test runs at, through the app's clock. */
    private final PinnedMoment moment;

    BookingLinkActionsTest(PinnedMoment moment) {
        this.moment = moment;
        this.gui = DemoWorkspace.withUi(new Dialogs() {
            @Override
            public boolean confirm(String header, String text, String yes, String no) {
                questions.add(header + " " + text);
                return agree;
            }
        }).at(moment);
    }

    @RegisterExtension
    final DemoWorkspace gui;

    private SessionService sessions;
    private PlannerPresenter presenter;
    private MentorshipSession draft;
    private final List<String> questions = new ArrayList<>();
    private boolean agree = true;

    @BeforeEach
    void open() {
        gui.service(SettingsService.class).setPortalBaseUrl("https://book.example.org/s/");
        sessions = gui.service(SessionService.class);
        draft = sessions.create(Actor.owner(), gui.demo().hourInBerlin("ada",
                LoadedWeeks.monday(moment.today()).plusDays(1).atTime(10, 0), "Career chat"), false).session();
        presenter = gui.startPlanner();
    }

    private MentorshipSession stored() {
        return sessions.require(draft.id());
    }

    private MenuItem item(MentorshipSession session, String text) {
        return SessionActions.menuItems(session, true, presenter).stream().filter(i -> i.getText() != null && text.equals(i.getText().replace("_", ""))).findFirst()
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
