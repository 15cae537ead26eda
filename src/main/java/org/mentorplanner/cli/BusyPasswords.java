package org.mentorplanner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.mentorplanner.domain.InvalidInputException;

/** The CalDAV password of busy commands: from a file's first line, else the environment; never stored. */
final class BusyPasswords {

    private BusyPasswords() {
    }

    static String read(CliContext cli, Path file) {
        if (file == null) {
            return cli.environmentVariable(BusyCommand.PASSWORD_VARIABLE).orElse("");
        }
        try {
            String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            if (first.isEmpty()) {
                throw new InvalidInputException("The password file " + file + " is empty: put the password on its first line.");
            }
            return first;
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("Cannot read the password file " + file + ": there is no such file.");
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the password file " + file + " (" + e.getMessage() + "): check its name and permissions.");
        }
    }
}
