package org.mentorplanner.ui.mysessions;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.DescribedSession;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.ui.Dialogs;
import org.mentorplanner.ui.DisplayConverter;
import org.mentorplanner.ui.TaskExecutor;
import org.mentorplanner.ui.UserErrors;

/** Shows the sessions a chosen mentee is booked into (cancelled ones left out). */
public final class MySessionsPresenter {


    private final SessionService sessions;
    private final TaskExecutor executor;
    private final Dialogs dialogs;
    private final MySessionsView view = new MySessionsView();

    /** How dates and times are written (ADR 30). */
    private final DisplayFormats formats;

    @Inject
    public MySessionsPresenter(SessionService sessions, TaskExecutor executor, Dialogs dialogs,
                               DisplayFormats formats) {
        this.formats = formats;
        this.sessions = sessions;
        this.executor = executor;
        this.dialogs = dialogs;
        view.mentee.setConverter(DisplayConverter.of(Person::name));
        view.mentee.valueProperty().addListener((obs, old, mentee) -> refresh());
    }

    public Parent view() {
        return view.root;
    }

    /** The mentees to choose from. */
    public void setMentees(List<Person> mentees) {
        view.mentee.getItems().setAll(mentees);
    }

    /** Reloads the chosen mentee's sessions (after a change on the grid). */
    public void refresh() {
        Person mentee = view.mentee.getValue();
        if (mentee == null) {
            view.sessions.getItems().clear();
            view.summary.setText("");
            return;
        }
        executor.execute(() -> sessions.describe(sessions.list(SessionQuery.all().withMentee(mentee.id()))),
                this::show,
                failure -> dialogs.error("Could not load " + mentee.name() + "'s sessions", UserErrors.describe(failure)));
    }

    private void show(List<DescribedSession> booked) {
        List<String> lines = new ArrayList<>();
        for (DescribedSession s : booked) {
            if (s.session().isCancelled()) {
                continue;
            }
            lines.add(formats.dayAndTime(s.session().start().toLocalDateTime()) + " (" + s.session().zone().getId() + ")  ·  "
                      + s.session().displayTitle() + " with " + s.mentor().name()
                      + (s.location() == null ? "" : "  ·  " + s.location().name()));
        }
        view.sessions.getItems().setAll(lines);
        view.summary.setText(lines.size() + (lines.size() == 1 ? " session booked" : " sessions booked"));
    }
}
