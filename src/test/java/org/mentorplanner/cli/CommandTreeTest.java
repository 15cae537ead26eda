package org.mentorplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorplanner.cli.CliRunner.Run;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line builds picocli's tree only for the command a run names (ADR 0041); help,
 * the command lists and the messages for unknown commands stay those of the whole tree.
 */
class CommandTreeTest {

    @RegisterExtension
    final CliRunner runner = new CliRunner();

    /** Every class of the package with a {@code @Command}, the top command left out, by its simple name. */
    private static final Map<Class<?>, String> COMMAND_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(Cli.class.getPackageName()).stream()
            .filter(type -> type.isAnnotatedWith(Command.class))
            .map(JavaClass::reflect)
            .filter(type -> type != MentorPlannerCommand.class)
            .collect(Collectors.toMap(Function.identity(), type -> type.getAnnotation(Command.class).name()));

    @Test
    void everyCommandClassIsInTheTreeOnceUnderItsOwnName() {
        List<CommandTree.Node> nodes = allNodes().toList();

        assertThat(nodes).extracting(CommandTree.Node::type).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(COMMAND_CLASSES.keySet());
        assertThat(nodes).allSatisfy(node -> assertThat(node.name()).isEqualTo(COMMAND_CLASSES.get(node.type())));
    }

    @Test
    void helpListsEveryCommandInEveryGroup() {
        List<String> listed = new ArrayList<>(commandsListed(runner.run("--help")));
        for (CommandTree.Node group : CommandTree.COMMANDS.stream().filter(node -> !node.children().isEmpty()).toList()) {
            listed.addAll(commandsListed(runner.run(group.name(), "--help")));
        }

        assertThat(listed).containsExactlyInAnyOrderElementsOf(COMMAND_CLASSES.values());
        assertThat(commandsListed(runner.run("--help")))
                .containsExactly("import", "session", "demo", "export", "sync", "backup", "restore", "busy");
    }

    @Test
    void anUnknownCommandIsNamedWithTheCommandsItMayMean() {
        Run top = runner.run("sesion", "list");
        Run underSession = runner.run("session", "lisst");

        assertThat(top.code()).isEqualTo(Cli.USAGE);
        assertThat(top.err()).contains("Unmatched arguments from index 0: 'sesion', 'list'")
                .contains("Did you mean: mentor-planner session or mentor-planner restore?");
        assertThat(underSession.code()).isEqualTo(Cli.USAGE);
        assertThat(underSession.err()).contains("Unmatched argument at index 1: 'lisst'").contains("Did you mean: session list or session publish or session unpublish?");
    }

    @Test
    void aRefusedOptionBeforeTheCommandShowsTheWholeCommandList() {
        Run run = runner.run("--db", "a.db", "--db", "b.db", "session", "list");

        assertThat(run.code()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--db").contains("Commands:").contains("  import ").contains("  busy ");
    }

    @Test
    void theArgumentsChooseTheWholeCommandTheyName() {
        assertThat(names(CommandTree.chosen("session", "list"))).contains(List.of("session", "list"));
        assertThat(names(CommandTree.chosen("--db", "x.db", "--as=a@b.org", "session", "--db=y.db", "list", "--from", "2026-12-01")))
                .contains(List.of("session", "list"));
        assertThat(names(CommandTree.chosen("backup", "--to", "copy.db"))).contains(List.of("backup"));
        assertThat(names(CommandTree.chosen("busy", "list"))).contains(List.of("busy", "list"));
    }

    @Test
    void helpVersionGroupsAndUnknownWordsGetTheWholeTree() {
        assertThat(CommandTree.chosen()).isEmpty();
        assertThat(CommandTree.chosen("session")).isEmpty();
        assertThat(CommandTree.chosen("session", "list", "--help")).isEmpty();
        assertThat(CommandTree.chosen("-V", "session", "list")).isEmpty();
        assertThat(CommandTree.chosen("sesion", "list")).isEmpty();
        assertThat(CommandTree.chosen("--db", "--as", "session", "list")).isEmpty();
        assertThat(CommandTree.chosen("@args.txt", "session", "list")).isEmpty();
        assertThat(CommandTree.chosen("--verbose", "session", "list")).isEmpty();
    }

    @Test
    void eachCommandAloneHasTheUsageItHasInTheWholeTree() {
        CommandLine full = CommandTree.full(root());
        List<List<CommandTree.Node>> paths = new ArrayList<>();
        for (CommandTree.Node top : CommandTree.COMMANDS) {
            if (top.children().isEmpty()) {
                paths.add(List.of(top));
            }
            top.children().forEach(child -> paths.add(List.of(top, child)));
        }

        assertThat(paths).hasSize(COMMAND_CLASSES.size() - 4); // each command but the four groups
        for (List<CommandTree.Node> path : paths) {
            CommandLine lean = CommandTree.withPath(root(), path);
            assertThat(usage(lean, path)).as(path.toString()).isEqualTo(usage(full, path)).contains("--db=FILE");
        }
    }

    private static Stream<CommandTree.Node> allNodes() {
        return CommandTree.COMMANDS.stream().flatMap(node -> Stream.concat(Stream.of(node), node.children().stream()));
    }

    private static Optional<List<String>> names(Optional<List<CommandTree.Node>> path) {
        return path.map(nodes -> nodes.stream().map(CommandTree.Node::name).toList());
    }

    private static MentorPlannerCommand root() {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        return new MentorPlannerCommand(new CliContext(file -> {
            throw new AssertionError("no database in a usage test");
        }, Path.of("planner.db"), name -> null, discard, discard), database -> { });
    }

    private static String usage(CommandLine root, List<CommandTree.Node> path) {
        CommandLine command = root;
        for (CommandTree.Node node : path) {
            command = command.getSubcommands().get(node.name());
        }
        StringWriter text = new StringWriter();
        command.usage(new PrintWriter(text));
        return text.toString();
    }

    /** The command names of a help text's "Commands:" list. */
    private static List<String> commandsListed(Run help) {
        assertThat(help.code()).isZero();
        String out = help.out();
        return out.substring(out.indexOf("Commands:")).lines().skip(1)
                  .filter(line -> line.startsWith("  ") && !line.startsWith("   "))
                  .map(line -> line.strip().split("\\s+")[0])
                  .toList();
    }
}
