package org.mentorplanner.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.SaveResult;
import org.mentorplanner.service.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code session add ...}: saves a new session and prints its id. */
@Command(name = "add",
        description = {
                "Add a session and print its id. It is a draft unless --publish; a session with a mentee is booked and published at once.",
                "A start that does not exist in the location's zone (daylight saving) is moved forward, with a note on stderr."})
final class SessionAddCommand extends CliCommand {

    @Option(names = "--mentor", paramLabel = "EMAIL", description = "The mentor (default: the person given with --as).")
    private String mentor;

    @Option(names = "--location", paramLabel = "NAME", required = true, description = "The location; its time zone is the zone of --start.")
    private String location;

    @Option(names = "--start", paramLabel = "DATE-TIME", required = true, converter = Converters.DateTime.class,
            description = "Wall-clock start at the location, like 2026-12-01T10:00.")
    private LocalDateTime start;

    @Option(names = "--duration", paramLabel = "DURATION", required = true, converter = Converters.Minutes.class,
            description = "Like 45m, 1h30m or 90 (minutes); from 5 minutes to 12 hours.")
    private Duration duration;

    @Option(names = "--method", paramLabel = "METHOD", required = true, converter = Converters.Method.class,
            description = "online, in-person or both.")
    private EnrollmentMethod method;

    @Option(names = "--url", paramLabel = "URL", description = "Meeting link (http or https); required for online and both.")
    private String url;

    @Option(names = "--place", paramLabel = "TEXT", description = "Room or address for in-person sessions.")
    private String place;

    @Option(names = "--mentee", paramLabel = "EMAIL", description = "Book this mentee at once.")
    private String mentee;

    @Option(names = "--group", paramLabel = "NAME", description = "Restrict the session to this group; repeat for more (default: the whole organisation).")
    private List<String> groups = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TEXT", description = "A short title.")
    private String title;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes.")
    private String notes;

    @Option(names = "--publish", description = "Publish it at once, so it gets a booking link.")
    private boolean publish;

    @Override
    protected void run(CliContext cli) {
        Person mentorPerson = mentor != null ? cli.person(mentor) : cli.actingPerson()
                .orElseThrow(() -> usageError("Missing required option: '--mentor=EMAIL' (or act as the mentor with --as EMAIL)."));
        Long menteeId = mentee == null ? null : cli.person(mentee).id();
        SessionDetails details = new SessionDetails(mentorPerson.id(), menteeId, cli.location(location).id(), start, duration,
                method, url, place, cli.groupIds(groups), title, notes);
        SaveResult saved = cli.service(SessionService.class).create(cli.actor(), details, publish);
        saved.notices().forEach(cli::notice);
        cli.out().println(saved.session().id());
    }
}
