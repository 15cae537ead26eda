package org.mentorplanner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.service.BusyRefresh;
import org.mentorplanner.service.BusyService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code busy refresh [--mentor EMAIL]}: reads the sources again (a conditional GET for
 * addresses). A source that cannot be read keeps its last copy; the command then exits with 1.
 */
@Command(name = "refresh", description = {"Read the busy sources again and update their copies.",
        "A source that cannot be read keeps its last good copy; the reason is printed and the exit code is 1."})
final class BusyRefreshCommand extends CliCommand {

    @Option(names = "--mentor", paramLabel = "EMAIL", description = "Only this mentor's sources.")
    private String mentor;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the CalDAV password from this file's first line.")
    private Path passwordFile;

    @Override
    protected void run(CliContext cli) {
        Optional<Long> mentorId = mentor == null ? Optional.empty() : Optional.of(cli.person(mentor).id());
        BusyService busy = cli.service(BusyService.class);
        List<BusyRefresh> results = busy.refreshAll(mentorId,
                source -> source.kind() == BusySourceKind.CALDAV ? BusyPasswords.read(cli, passwordFile) : "");
        if (results.isEmpty()) {
            cli.out().println("No busy sources to refresh.");
            return;
        }
        for (BusyRefresh result : results) {
            cli.out().println("#" + result.source().id() + " " + result.source().describe() + ": " + result.message());
        }
        long failed = results.stream().filter(BusyRefresh::failed).count();
        if (failed > 0) {
            throw new InvalidInputException(failed == 1 ? "1 busy source could not be refreshed; its last copy stays in use."
                    : failed + " busy sources could not be refreshed; their last copies stay in use.");
        }
    }
}
