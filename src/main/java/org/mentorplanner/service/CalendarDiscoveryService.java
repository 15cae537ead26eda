package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import org.mentorplanner.domain.HttpLinkField;
import org.mentorplanner.domain.InvalidInputException;

/**
 * Finding and making calendars on a CalDAV server for the person setting up a sync: checks what
 * they typed, then asks the server through {@link CalendarDiscovery}. Nothing is stored.
 */
@Singleton
public class CalendarDiscoveryService {

    /** The longest calendar name accepted: calendar apps show a line of it. */
    public static final int MAX_NAME_LENGTH = 100;

    private static final HttpLinkField SERVER_LINK = new HttpLinkField("Server address", "https://dav.example.org/");

    private final CalendarDiscovery discovery;

    @Inject
    public CalendarDiscoveryService(CalendarDiscovery discovery) {
        this.discovery = discovery;
    }

    /** The calendars of {@code user} on the server at {@code serverUrl}. */
    public CalendarHome discover(String serverUrl, String user, String password, boolean allowInsecureHttp) {
        return discovery.discover(login(serverUrl, user, password, allowInsecureHttp));
    }

    /** Makes a calendar named {@code name} in the user's calendar home; refused when the name is empty or too long. */
    public DiscoveredCalendar createCalendar(String serverUrl, String user, String password, boolean allowInsecureHttp, String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("Calendar name is empty: give the name calendar apps should show, like \"Mentoring planning\".");
        }
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("Calendar name is too long: keep it under " + MAX_NAME_LENGTH + " characters.");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("Calendar name holds a line break or another control character: give it on one line.");
        }
        return discovery.createCalendar(login(serverUrl, user, password, allowInsecureHttp), stripped);
    }

    private static CalendarLogin login(String serverUrl, String user, String password, boolean allowInsecureHttp) {
        String problem = SERVER_LINK.problem(serverUrl);
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
        URI server = URI.create(serverUrl.strip());
        if (server.getRawQuery() != null || server.getRawFragment() != null) {
            throw new InvalidInputException("Server address must not hold a ? or # part: give the server's plain address, "
                    + "like https://dav.example.org/.");
        }
        if (user == null || user.isBlank()) {
            throw new InvalidInputException("User name is empty: discovery finds the calendars of one user; give yours.");
        }
        return new CalendarLogin(server, user, password, allowInsecureHttp);
    }
}
