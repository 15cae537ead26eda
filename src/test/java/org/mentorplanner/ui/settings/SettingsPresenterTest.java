package org.mentorplanner.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorplanner.domain.Settings;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.SettingsService;
import org.mentorplanner.ui.DemoOrganisation;
import org.mentorplanner.ui.DemoWorkspace;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.FxThread;
import org.mentorplanner.ui.SameThreadTaskExecutor;
import org.mentorplanner.ui.calendar.PlannerPresenter;
import org.mentorplanner.ui.theme.ThemeChoiceStore;
import org.mentorplanner.ui.theme.Themes;

/** The settings dialog on a real database. */
class SettingsPresenterTest {

    @RegisterExtension
    final DemoWorkspace gui = DemoWorkspace.withUi(new Dialogs());

    private DemoOrganisation demo;
    private SettingsService settings;
    private SettingsPresenter presenter;
    private final AtomicInteger saved = new AtomicInteger();

    @BeforeEach
    void open() {
        demo = gui.demo();
        settings = gui.service(SettingsService.class);
        presenter = FxThread.call(() -> {
            SettingsPresenter p = new SettingsPresenter(settings, gui.service(DirectoryService.class),
                    new SameThreadTaskExecutor(), new Themes(ThemeChoiceStore.inMemory(), Optional::empty));
            p.setOnSaved(saved::incrementAndGet);
            p.load();
            return p;
        });
    }

    @Test
    void showsTheCurrentSettingsAndAnExampleLink() {
        assertThat(presenter.view.me.getValue()).as("nobody chosen yet").isNull();
        assertThat(presenter.view.me.getItems()).hasSize(demo.people.size());
        assertThat(presenter.view.portalBaseUrl.getText()).isEqualTo(Settings.DEFAULT_PORTAL_BASE_URL);
        assertThat(presenter.view.example.getText()).startsWith("Booking links will look like\n" + Settings.DEFAULT_PORTAL_BASE_URL);
        assertThat(presenter.view.example.isWrapText()).as("the link on its own line, never broken inside the token").isFalse();
    }

    @Test
    void theIAmListSaysEachPersonsRoles() {
        String shown = presenter.view.me.getConverter().toString(demo.people.get("ada"));
        String mentee = presenter.view.me.getConverter().toString(demo.people.get("mia"));
        String coordinator = presenter.view.me.getConverter().toString(demo.people.get("chris"));

        assertThat(shown).isEqualTo("Ada Lovelace (mentor)  <ada@example.org>");
        assertThat(mentee).isEqualTo("Mia Chen (mentee)  <mia@example.org>");
        assertThat(coordinator).isEqualTo("Chris Novak (coordinator)  <chris@example.org>");
    }

    @Test
    void aPortalUrlThatIsNotAFullHttpLinkCannotBeSaved() {
        FxThread.run(() -> presenter.view.portalBaseUrl.setText("mentoring.example.org/book"));

        assertThat(presenter.invalidProperty().get()).isTrue();
        assertThat(presenter.view.save.isDisabled()).isTrue();
        assertThat(presenter.view.problems.getText()).contains("must be a full http(s) link");

        FxThread.run(() -> presenter.view.portalBaseUrl.setText("ftp://mentoring.example.org/book"));
        assertThat(presenter.view.save.isDisabled()).isTrue();
        FxThread.run(presenter::save);
        assertThat(settings.settings().portalBaseUrl()).isEqualTo(Settings.DEFAULT_PORTAL_BASE_URL);
        assertThat(saved).hasValue(0);
    }

    @Test
    void aPortalUrlIsCheckedAsTypedLikeAMeetingUrl() {
        FxThread.run(() -> presenter.view.portalBaseUrl.setText("https:///book"));
        assertThat(presenter.view.problems.getText()).startsWith("Booking portal URL has no host name");
        assertThat(presenter.view.save.isDisabled()).isTrue();

        FxThread.run(() -> presenter.view.portalBaseUrl.setText("https://team_portal.example.org/book"));
        assertThat(presenter.view.problems.isVisible()).isFalse();
        assertThat(presenter.view.save.isDisabled()).isFalse();
        assertThat(presenter.view.example.getText()).endsWith("https://team_portal.example.org/book/Zm9yLWV4YW1wbGUtb25seQ");
    }

    @Test
    void savesWhoIAmAndThePortalUrl() {
        FxThread.run(() -> {
            presenter.view.me.setValue(demo.people.get("grace"));
            presenter.view.portalBaseUrl.setText("  https://book.example.org/s  ");
        });
        assertThat(presenter.view.example.getText()).endsWith("https://book.example.org/s/Zm9yLWV4YW1wbGUtb25seQ");

        FxThread.run(presenter::save);

        assertThat(settings.me()).contains(demo.people.get("grace"));
        assertThat(settings.settings().portalBaseUrl()).isEqualTo("https://book.example.org/s");
        assertThat(saved).hasValue(1);
    }

    @Test
    void aMentorWhoChoosesThemselfSeesOnlyTheirOwnCalendarInThePlanner() {
        PlannerPresenter planner = gui.startPlanner();
        assertThat(planner.shownMentorIds()).as("the owner sees every mentor").hasSize(5);
        presenter.setOnSaved(planner::reloadMe);

        FxThread.run(() -> {
            presenter.view.me.setValue(demo.people.get("alan"));
            presenter.save();
        });

        assertThat(planner.shownMentorIds()).containsExactly(demo.people.get("alan").id());
    }

    /** The bottom of the dialog: the message line above the buttons. */
    private Region messageAndButtons() {
        return (Region) presenter.view.root.getBottom();
    }

    @Test
    void theButtonsHoldStillWhenAMessageAppears() {
        double before = FxThread.call(() -> {
            new Scene(presenter.view());
            presenter.view().applyCss();
            return messageAndButtons().prefHeight(640);
        });

        FxThread.run(() -> presenter.view.portalBaseUrl.setText("mentoring.example.org/book"));
        double after = FxThread.call(() -> {
            presenter.view().applyCss();
            return messageAndButtons().prefHeight(640);
        });

        assertThat(presenter.view.problems.isVisible()).isTrue();
        assertThat(after).as("the message and the buttons keep their height, so the buttons stay where they were")
                .isEqualTo(before);
    }
}
