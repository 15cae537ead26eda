package org.mentorplanner.store;

import java.io.IOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tells whether a database already has every bundled migration applied, so that opening it can
 * skip Flyway, whose start-up (several hundred classes and a class-path scan) is a large part of
 * the app's start. Anything unusual (a failed migration, a migration file this app does not
 * know, a file that is not a plain versioned SQL migration, a class path it cannot list) answers
 * "no" and leaves the decision to Flyway.
 */
final class SchemaCheck {

    static final String LOCATION = "db/migration";

    private SchemaCheck() {
    }

    /** What an existing file holds, as far as this version of the app can tell. */
    enum Kind {
        /** No tables at all: a new database. */
        EMPTY,
        /** Tables, but no Flyway history: some other program's SQLite database. */
        FOREIGN,
        /** A Mentor Planner database with a migration newer than this app's newest one. */
        NEWER,
        /** A Mentor Planner database this app can open (perhaps after migrating it). */
        OURS
    }

    /** What the database on {@code connection} is; reads only. */
    static Kind kind(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery(
                     "select count(*), sum(name = 'flyway_schema_history') from sqlite_master where type = 'table'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                return Kind.EMPTY;
            }
            if (tables.getInt(2) == 0) {
                return Kind.FOREIGN;
            }
        }
        return newestApplied(connection).filter(applied -> compare(applied, newestBundled()) > 0).isPresent() ? Kind.NEWER : Kind.OURS;
    }

    /** The newest version in the database's Flyway history, such as {@code 999}. */
    static Optional<String> newestApplied(Connection connection) throws SQLException {
        String newest = null;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select version from flyway_schema_history where version is not null")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (newest == null || compare(version, newest) > 0) {
                    newest = version;
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    /** The newest bundled migration's version, such as {@code 2}. */
    static String newestBundled() {
        return bundledScripts().orElse(Set.of()).stream()
                               .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.'))
                               .max(SchemaCheck::compare)
                               .orElse("0");
    }

    /** Compares Flyway versions part by part: {@code 2} < {@code 2.1} < {@code 10}. */
    static int compare(String a, String b) {
        String[] left = a.split("[._]");
        String[] right = b.split("[._]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            BigInteger l = i < left.length ? number(left[i]) : BigInteger.ZERO;
            BigInteger r = i < right.length ? number(right[i]) : BigInteger.ZERO;
            int order = l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static BigInteger number(String part) {
        try {
            return new BigInteger(part.strip());
        } catch (NumberFormatException e) {
            return BigInteger.ZERO;
        }
    }

    /** True when {@code connection}'s Flyway history holds exactly the bundled migrations, all successful. */
    static boolean isCurrent(Connection connection) {
        return bundledScripts().map(bundled -> bundled.equals(appliedScripts(connection).orElse(null))).orElse(false);
    }

    /** The file names of the bundled migrations, if they can be listed and are all plain versioned SQL files. */
    static Optional<Set<String>> bundledScripts() {
        return Bundled.SCRIPTS;
    }

    /**
     * The bundled migrations, listed once per run: they cannot change while the app runs, and
     * listing them walks every entry of the app's jar (opening a file asks twice).
     */
    private static final class Bundled {
        static final Optional<Set<String>> SCRIPTS = listBundledScripts();
    }

    private static Optional<Set<String>> listBundledScripts() {
        URL folder = SchemaCheck.class.getClassLoader().getResource(LOCATION);
        if (folder == null) {
            return Optional.empty();
        }
        try {
            Set<String> names = switch (folder.getProtocol()) {
                case "file" -> {
                    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                        yield files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
                    }
                }
                case "jar" -> {
                    JarFile jar = ((JarURLConnection) folder.openConnection()).getJarFile();
                    String prefix = LOCATION + "/";
                    yield jar.stream().map(JarEntry::getName)
                             .filter(name -> name.startsWith(prefix) && name.length() > prefix.length())
                             .map(name -> name.substring(prefix.length()))
                             .collect(Collectors.toSet());
                }
                default -> null;
            };
            if (names == null || names.isEmpty() || !names.stream().allMatch(name -> name.matches("V[0-9._]+__[^/]*\\.sql"))) {
                return Optional.empty();
            }
            return Optional.of(names);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The scripts in the database's Flyway history; empty if there is none or a migration failed. */
    private static Optional<Set<String>> appliedScripts(Connection connection) {
        Set<String> scripts = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select type, script, success from flyway_schema_history")) {
            while (rows.next()) {
                if (!rows.getBoolean("success") || !"SQL".equals(rows.getString("type"))) {
                    return Optional.empty();
                }
                scripts.add(rows.getString("script"));
            }
        } catch (SQLException e) {
            return Optional.empty(); // no history table yet: a new database
        }
        return Optional.of(scripts);
    }
}
