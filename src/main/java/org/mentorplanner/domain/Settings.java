package org.mentorplanner.domain;

import java.util.Optional;

/**
 * Workspace settings.
 *
 * @param myEmail       who "I" am in the app, or empty before it is set
 * @param portalBaseUrl base of booking links, for example {@code https://mentoring.example.org/book/}
 */
public record Settings(Optional<String> myEmail, String portalBaseUrl) {

    public static final String DEFAULT_PORTAL_BASE_URL = "https://mentoring.example.org/book/";

    /** The booking URL for a token: the base URL with the token appended. */
    public String bookingUrl(String token) {
        String base = portalBaseUrl.endsWith("/") ? portalBaseUrl : portalBaseUrl + "/";
        return base + token;
    }
}
