package org.mentorplanner.cli;

import picocli.CommandLine.Parameters;

/** The {@code ID} argument of commands on one session; use it with {@code @Mixin}. */
public final class SessionId {

    @Parameters(paramLabel = "ID", description = "The session's id, as session add and session list print it.")
    private long id;

    /** The id given. */
    public long value() {
        return id;
    }
}
