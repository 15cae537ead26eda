package org.mentorplanner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Pattern;
import org.mentorplanner.domain.InvalidInputException;

/**
 * The CalDAV password of a command: the first line of a password file, or the environment
 * variable {@value #VARIABLE}; never an option, never stored (ADR 0015). A password file that
 * other users of the computer can read is refused, with the {@code chmod} that fixes it (ADR 0020).
 */
final class CalDavPassword {

    /** The environment variable that holds the password. */
    static final String VARIABLE = "MENTORPLANNER_CALDAV_PASSWORD";

    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9_./~+-]+");

    private CalDavPassword() {
    }

    /** From {@code passwordFile} when given, else from the environment; empty when neither gives one. */
    static String read(CliContext cli, Path passwordFile) {
        if (passwordFile == null) {
            return cli.environmentVariable(VARIABLE).orElse("");
        }
        try {
            requirePrivate(passwordFile);
            String firstLine = Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            if (firstLine.isEmpty()) {
                throw new InvalidInputException("The password file " + passwordFile + " is empty: put the password on its first line.");
            }
            return firstLine;
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("Cannot read the password file " + passwordFile + ": there is no such file.");
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the password file " + passwordFile + " (" + e.getMessage()
                    + "): check its name and permissions.");
        }
    }

    /**
     * Refuses a file that the group or others may read. Only where the file system has POSIX
     * permissions: elsewhere (Windows ACLs) there is nothing as simple to check or to advise.
     */
    static void requirePrivate(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
            String name = file.toString();
            String quoted = PLAIN_PATH.matcher(name).matches() ? name : "'" + name.replace("'", "'\\''") + "'";
            throw new InvalidInputException("The password file " + name + " can be read by other users of this computer ("
                    + PosixFilePermissions.toString(permissions) + "): make it yours alone with chmod 600 " + quoted
                    + ", then run the command again.");
        }
    }
}
