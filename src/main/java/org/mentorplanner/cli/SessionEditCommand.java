package org.mentorplanner.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DescribedSession;
import org.mentorplanner.service.SaveResult;
import org.mentorplanner.service.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code session edit ID [options]}: changes the fields given and keeps every other one, as
 * the editor does; {@code --start} moves the session, {@code --duration} resizes it.
 */
@Command(name = "edit",
        description = {
                "Change a session: only the options given change, every other field stays. --start moves it (wall clock at"
                        + " its location), --duration resizes it. An empty value (--place \"\") clears a text field.",
                "A draft given a mentee is booked and published at once; a cancelled session cannot be changed."
                        + " Prints the session's new time and place."})
final class SessionEditCommand extends CliCommand {

    @Mixin
    private SessionId sessionId;

    @Option(names = "--mentor", paramLabel = "EMAIL", description = "Give the session to another mentor.")
    private String mentor;

    @Option(names = "--location", paramLabel = "NAME",
            description = "Another location; the wall-clock start stays unless --start is given too.")
    private String location;

    @Option(names = "--start", paramLabel = "DATE-TIME", converter = Converters.DateTime.class,
            description = "Move it: the new wall-clock start at the location, like 2026-12-01T10:00.")
    private LocalDateTime start;

    @Option(names = "--duration", paramLabel = "DURATION", converter = Converters.Minutes.class,
            description = "Resize it: like 45m, 1h30m or 90 (minutes); from 5 minutes to 12 hours.")
    private Duration duration;

    @Option(names = "--method", paramLabel = "METHOD", converter = Converters.Method.class, description = "online, in-person or both.")
    private EnrollmentMethod method;

    @Option(names = "--url", paramLabel = "URL", description = "Meeting link (http or https); required for online and both.")
    private String url;

    @Option(names = "--place", paramLabel = "TEXT", description = "Room or address for in-person sessions.")
    private String place;

    @Option(names = "--mentee", paramLabel = "EMAIL",
            description = "Book this mentee (replacing one already booked); session unbook takes the mentee off.")
    private String mentee;

    @Option(names = "--group", paramLabel = "NAME",
            description = "Restrict the session to these groups instead of its current ones; repeat for more.")
    private List<String> groups;

    @Option(names = "--whole-organisation", description = "Lift every group restriction: open to the whole organisation.")
    private boolean wholeOrganisation;

    @Option(names = "--title", paramLabel = "TEXT", description = "A short title.")
    private String title;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes.")
    private String notes;

    @Override
    protected void run(CliContext cli) {
        if (groups != null && wholeOrganisation) {
            throw usageError("--group and --whole-organisation contradict each other: give one of them.");
        }
        if (nothingGiven()) {
            throw usageError("Nothing to change: give at least one option, such as --start to move the session"
                    + " or --duration to resize it.");
        }
        SessionService sessions = cli.service(SessionService.class);
        SessionDetails d = sessions.require(sessionId.value()).details();
        SessionDetails changed = new SessionDetails(
                mentor == null ? d.mentorId() : cli.person(mentor).id(),
                mentee == null ? d.menteeId() : Long.valueOf(cli.person(mentee).id()),
                location == null ? d.locationId() : cli.location(location).id(),
                start == null ? d.localStart() : start,
                duration == null ? d.duration() : duration,
                method == null ? d.method() : method,
                url == null ? d.meetingUrl() : url,
                place == null ? d.place() : place,
                wholeOrganisation ? Set.of() : groups == null ? d.groupIds() : cli.groupIds(groups),
                title == null ? d.title() : title,
                notes == null ? d.notes() : notes);
        SaveResult saved = sessions.update(cli.actor(), sessionId.value(), changed);
        saved.notices().forEach(cli::notice);
        MentorshipSession session = saved.session();
        DescribedSession view = sessions.describe(List.of(session)).get(0);
        cli.out().println("Updated session #" + session.id() + ": " + session.start().format(SessionText.DAY_TIME) + ", "
                + Converters.Minutes.format(session.details().duration()) + ", " + view.location().name() + ".");
    }

    private boolean nothingGiven() {
        return mentor == null && location == null && start == null && duration == null && method == null && url == null
                && place == null && mentee == null && groups == null && !wholeOrganisation && title == null && notes == null;
    }
}
