package org.mentorplanner.cli;

import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.PlanningSyncService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sync resolve ID --keep mine|theirs}: ends a session's conflict with the planning
 * calendar (ADR 0018). Works offline; keeping mine reaches the other planners with the next sync.
 */
@Command(name = "resolve",
        description = {"End a session's sync conflict by keeping this planner's values (mine) or the planning calendar's "
                + "(theirs) for the fields changed on both sides. Changes only one side made are kept either way."})
final class SyncResolveCommand extends CliCommand {

    enum Keep { MINE, THEIRS }

    @Mixin
    private SessionId sessionId;

    @Option(names = "--keep", required = true, paramLabel = "mine|theirs", description = "Which side's values to keep.")
    private Keep keep;

    @Override
    protected void run(CliContext cli) {
        MentorshipSession session = cli.service(PlanningSyncService.class).resolve(sessionId.value(), keep == Keep.MINE);
        cli.out().println(keep == Keep.MINE
                ? "Kept this planner's values for session " + session.id() + " (" + session.displayTitle()
                        + "); the next sync sends them to the planning calendar."
                : "Kept the planning calendar's values for session " + session.id() + " (" + session.displayTitle() + ").");
    }
}
