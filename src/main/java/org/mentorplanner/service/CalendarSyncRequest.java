package org.mentorplanner.service;

/**
 * One sync with the team calendar.
 *
 * @param url      the collection URL, or {@code null} for the one in the settings
 * @param user     the user name, or {@code null} for the one in the settings
 * @param password the password, or {@code null} or empty for a server without login; never stored
 * @param dryRun   only say what would change: nothing is sent but the reads, nothing recorded
 * @param force    overwrite (or delete) events that were changed on the server since our last push
 * @param allowInsecureHttp let the password go over plain http to another computer (ADR 0020)
 */
public record CalendarSyncRequest(String url, String user, String password, boolean dryRun, boolean force,
                                  boolean allowInsecureHttp) {

    /** A request whose password goes only over https or to a loopback address. */
    public CalendarSyncRequest(String url, String user, String password, boolean dryRun, boolean force) {
        this(url, user, password, dryRun, force, false);
    }

    /** Without the password. */
    @Override
    public String toString() {
        return "CalendarSyncRequest[url=" + url + ", user=" + user + ", dryRun=" + dryRun + ", force=" + force
                + (allowInsecureHttp ? ", insecure http allowed" : "") + "]";
    }
}
