package org.mentorplanner.domain;

import java.util.Optional;

/**
 * Workspace settings.
 *
 * @param myEmail       who "I" am in the app, or empty before it is set
 * @param portalBaseUrl base of booking links, for example {@code https://mentoring.example.org/book/}
 * @param calendarUrl   the team calendar's CalDAV collection URL, or empty before one is set
 * @param calendarUser  the user name for the team calendar, or empty (the password is never stored)
 */
public record Settings(Optional<String> myEmail, String portalBaseUrl, Optional<String> calendarUrl,
                       Optional<String> calendarUser) {

    public static final String DEFAULT_PORTAL_BASE_URL = "https://mentoring.example.org/book/";

    /** Settings without a team calendar. */
    public Settings(Optional<String> myEmail, String portalBaseUrl) {
        this(myEmail, portalBaseUrl, Optional.empty(), Optional.empty());
    }

    /** The booking URL for a token: the base URL with the token appended. */
    public String bookingUrl(String token) {
        String base = portalBaseUrl.endsWith("/") ? portalBaseUrl : portalBaseUrl + "/";
        return base + token;
    }
}
