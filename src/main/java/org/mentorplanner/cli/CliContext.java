package org.mentorplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.BackupService;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.Workspace;
import org.mentorplanner.service.port.StorageException;

/**
 * What every command of one run shares: the database (opened on first use, closed at the end),
 * the acting person, the output streams, and look-ups of people, locations and groups by the
 * names a person types.
 */
public final class CliContext implements AutoCloseable {

    private final Workspace.Opener opener;
    private final UnaryOperator<String> environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private Path database;
    private String actingEmail;
    private Workspace workspace;
    private boolean mayCreate;

    CliContext(Workspace.Opener opener, Path defaultDatabase, UnaryOperator<String> environment, PrintWriter out, PrintWriter err) {
        this.opener = opener;
        this.environment = environment;
        this.database = defaultDatabase;
        this.out = out;
        this.err = err;
    }

    void useDatabase(Path file) {
        this.database = file;
    }

    void actAs(String email) {
        this.actingEmail = email;
    }

    /** The database file this run works on. */
    public Path databaseFile() {
        return database;
    }

    /**
     * Lets this run create the database when the file does not exist yet (commands that fill a
     * database: {@code demo}, {@code import}); other commands refuse a missing file.
     */
    void mayCreateDatabase() {
        this.mayCreate = true;
    }

    /**
     * The open workspace; the first call opens the database (creating it only if this command
     * {@linkplain #mayCreateDatabase() may}) and makes the day's backup if there is none yet.
     */
    public Workspace workspace() {
        if (workspace == null) {
            if (!mayCreate && !Files.exists(database)) {
                throw new StorageException("The database " + database.toAbsolutePath() + " does not exist. Check the path "
                        + "given with --db, or create the database with `demo` or `import`.", null);
            }
            workspace = opener.open(database);
            workspace.service(BackupService.class).dailyBackup();
        }
        return workspace;
    }

    /** A service of the workspace. */
    public <T> T service(Class<T> type) {
        return workspace().service(type);
    }

    /** Who acts: the person named by {@code --as} with their roles, else the workspace owner. */
    public Actor actor() {
        return actingEmail == null ? Actor.owner() : Actor.of(person(actingEmail));
    }

    /** The person named by {@code --as}, if any. */
    public Optional<Person> actingPerson() {
        return actingEmail == null ? Optional.empty() : Optional.of(person(actingEmail));
    }

    /** Refuses a {@code --as} that names nobody in the database, before a command does any work. */
    void checkActingPerson() {
        if (actingEmail != null) {
            person(actingEmail);
        }
    }

    /** The person with this email, or a refusal naming it. */
    public Person person(String email) {
        return service(DirectoryService.class).requirePerson(email.strip());
    }

    /** The location with this name, or a refusal listing the known ones. */
    public Location location(String name) {
        return service(DirectoryService.class).requireLocation(name.strip());
    }

    /** Ids of the named groups; refuses an unknown name, listing the known ones. */
    public Set<Long> groupIds(Collection<String> names) {
        DirectoryService directory = service(DirectoryService.class);
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : names) {
            ids.add(directory.requireGroup(name.strip()).id());
        }
        return ids;
    }

    /** An environment variable's value, if it is set. */
    public Optional<String> environmentVariable(String name) {
        return Optional.ofNullable(environment.apply(name));
    }

    /** Standard output: results. */
    public PrintWriter out() {
        return out;
    }

    /** Standard error: notices and refusals. */
    public PrintWriter err() {
        return err;
    }

    /** A notice for the person (stderr), for example a start moved out of a daylight-saving gap. */
    public void notice(String message) {
        err.println("Note: " + message);
    }

    @Override
    public void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }
}
