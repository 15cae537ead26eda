package org.mentorplanner.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that say where a CalDAV server is and who logs in; use it with {@code @Mixin}. */
final class CalDavLoginOptions {

    @Option(names = "--server", paramLabel = "URL", required = true,
            description = "The server's address, like https://dav.example.org/ (or its CalDAV service's, like "
                    + "https://cloud.example.org/remote.php/dav/).")
    String server;

    @Option(names = "--user", paramLabel = "NAME", required = true, description = "Your user name on the server.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the first line of this file (only you may read it) instead of "
                    + CalDavPassword.VARIABLE + ".")
    Path passwordFile;

    @Option(names = "--allow-insecure-http",
            description = "Send the password over plain http to another computer (it crosses the network unencrypted): "
                    + "only on a network you trust. Without it, a password goes only over https or to this computer.")
    boolean allowInsecureHttp;

    /** The password from the file or the environment; empty when neither gives one. */
    String password(CliContext cli) {
        return CalDavPassword.read(cli, passwordFile);
    }
}
