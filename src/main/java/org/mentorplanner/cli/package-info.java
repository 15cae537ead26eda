/**
 * The command line ({@code mentor-planner.jar [--db FILE] [--as EMAIL] <command>}), on the same
 * services as the app.
 *
 * <p>To add a command: write a class that extends {@link org.mentorplanner.cli.CliCommand}, annotate
 * it with {@code @Command(name = ..., description = ...)}, and add it under its parent in
 * {@link org.mentorplanner.cli.CommandTree#COMMANDS} (at the top for a top-level command, under
 * {@code session} for {@code session ...}): picocli reads only the annotations of the command a
 * run names (ADR 0041). In {@code run(CliContext)}
 * use the context for services, the acting person and look-ups by email or name; print results to
 * {@code cli.out()} and notices with {@code cli.notice(...)}. Refuse bad input by throwing
 * {@link org.mentorplanner.domain.InvalidInputException} (exit 1, one line on stderr) and report
 * nonsense arguments with {@code usageError(...)} (exit 2). {@code --help}, {@code --db} and
 * {@code --as} are inherited; use {@link org.mentorplanner.cli.SessionId} as a {@code @Mixin} for a
 * session id argument and {@link org.mentorplanner.cli.Converters} for durations and dates.
 */
package org.mentorplanner.cli;
