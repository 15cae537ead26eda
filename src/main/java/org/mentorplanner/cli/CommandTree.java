package org.mentorplanner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * Every command of the command line by name, in the order {@code --help} lists them, and the
 * picocli tree a run needs (ADR 0041). picocli reads a command's annotations when it adds the
 * command, which for all forty took most of a {@code session list}'s start; a run that names one
 * whole command (such as {@code session list}) gets the root with only that command on its path.
 * Help, version, argument files and anything that does not name a whole command get every
 * command, as do arguments picocli refuses: {@link Cli} then parses them again on the full tree,
 * so help and error messages are the same as ever.
 */
final class CommandTree {

    /** A command: its name (the same as in its {@code @Command}), its class and the commands under it. */
    record Node(String name, Class<?> type, List<Node> children) {

        /** This command with its own commands, for picocli. */
        CommandLine build() {
            return withCommands(type, children);
        }
    }

    /** The commands under {@code mentor-planner}; a new one is one class plus one entry here. */
    static final List<Node> COMMANDS = List.of(
            group("import", ImportCommand.class,
                    command("people", ImportPeopleCommand.class),
                    command("locations", ImportLocationsCommand.class)),
            group("session", SessionCommand.class,
                    command("add", SessionAddCommand.class),
                    command("list", SessionListCommand.class),
                    command("show", SessionShowCommand.class),
                    command("edit", SessionEditCommand.class),
                    command("publish", SessionPublishCommand.class),
                    command("unpublish", SessionUnpublishCommand.class),
                    command("book", SessionBookCommand.class),
                    command("unbook", SessionUnbookCommand.class),
                    command("cancel", SessionCancelCommand.class),
                    command("delete", SessionDeleteCommand.class),
                    command("duplicate", SessionDuplicateCommand.class),
                    command("bulk-duplicate", SessionBulkDuplicateCommand.class),
                    command("cancel-series", SessionCancelSeriesCommand.class)),
            command("demo", DemoCommand.class),
            command("export", ExportCommand.class),
            group("sync", SyncCommand.class,
                    command("caldav", SyncCalDavCommand.class),
                    command("discover", SyncDiscoverCommand.class),
                    command("create-calendar", SyncCreateCalendarCommand.class),
                    command("status", SyncStatusCommand.class),
                    command("resolve", SyncResolveCommand.class)),
            command("backup", BackupCommand.class),
            command("restore", RestoreCommand.class),
            group("busy", BusyCommand.class,
                    command("add", BusyAddCommand.class),
                    command("list", BusyListCommand.class),
                    command("refresh", BusyRefreshCommand.class),
                    command("remove", BusyRemoveCommand.class),
                    command("show", BusyShowCommand.class)));

    /** The top command's options that take a value and may stand before a command (they are inherited). */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of(MentorPlannerCommand.DB_OPTION, MentorPlannerCommand.AS_OPTION);

    /** Arguments that ask for help or the version, which the full tree answers. */
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private CommandTree() {
    }

    private static Node command(String name, Class<?> type) {
        return new Node(name, type, List.of());
    }

    private static Node group(String name, Class<?> type, Node... children) {
        return new Node(name, type, List.of(children));
    }

    /** {@code root} with every command under it. */
    static CommandLine full(Object root) {
        return withCommands(root, COMMANDS);
    }

    /** {@code root} with only the commands on {@code path} (from the top), each with no other command under it. */
    static CommandLine withPath(Object root, List<Node> path) {
        Node chain = null;
        for (Node node : path.reversed()) {
            chain = new Node(node.name(), node.type(), chain == null ? List.of() : List.of(chain));
        }
        return withCommands(root, chain == null ? List.of() : List.of(chain));
    }

    /** {@code command} (an instance or a command class) with {@code commands} under it, each built with its own. */
    private static CommandLine withCommands(Object command, List<Node> commands) {
        CommandLine commandLine = new CommandLine(command);
        for (Node child : commands) {
            commandLine.addSubcommand(child.name(), child.build());
        }
        return commandLine;
    }

    /**
     * The commands {@code args} name, from the top down to one that has no commands under it
     * (such as {@code session}, {@code list}); empty when they name none, only a group, ask for
     * help or the version, use an argument file ({@code @FILE}) or put another option before the
     * command.
     */
    static Optional<List<Node>> chosen(String... args) {
        for (String arg : args) {
            if (HELP.contains(arg) || arg.startsWith("@")) {
                return Optional.empty();
            }
        }
        List<Node> path = new ArrayList<>();
        List<Node> level = COMMANDS;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUE.contains(arg) && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                i++; // its value
                continue;
            }
            if (OPTIONS_WITH_VALUE.stream().anyMatch(option -> arg.startsWith(option + "="))) {
                continue;
            }
            Node next = level.stream().filter(node -> node.name().equals(arg)).findFirst().orElse(null);
            if (next == null) {
                return Optional.empty();
            }
            path.add(next);
            if (next.children().isEmpty()) {
                return Optional.of(List.copyOf(path));
            }
            level = next.children();
        }
        return Optional.empty();
    }
}
