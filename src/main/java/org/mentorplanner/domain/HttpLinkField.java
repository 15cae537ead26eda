package org.mentorplanner.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A field that holds a link a person types (a meeting URL, the booking portal's base URL), with
 * the one check every such field uses: a full {@code http}/{@code https} link with a host name.
 * Other schemes ({@code javascript:}, {@code file:}, …) are refused, because these links end up
 * in booking pages, exports and calendars that others open.
 *
 * @param label   the field's name as the person sees it, starting the message ("Meeting URL")
 * @param example a link of the right kind for this field, shown in the message as the way to fix it
 */
public record HttpLinkField(String label, String example) {

    public HttpLinkField {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(example, "example");
    }

    /**
     * Checks a link typed into this field; surrounding blanks are ignored.
     *
     * @return {@code null} when it is a full http(s) link with a host name, else what is wrong
     *         and how to fix it, naming the field
     */
    public String problem(String link) {
        String fix = "it must be a full http(s) link, like " + example + ".";
        if (link == null || link.isBlank()) {
            return label + " is empty: " + fix;
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return label + " must be a full http(s) link, starting with http:// or https://, like " + example + ".";
            }
            if (hostOf(uri).isBlank()) {
                return label + " has no host name: " + fix;
            }
            return null;
        } catch (URISyntaxException e) {
            return label + " is not a valid link (" + e.getReason() + "): " + fix;
        }
    }

    /**
     * The host of a link. {@link URI#getHost()} is {@code null} for real host names it cannot parse
     * as a server (one with an underscore, say), so fall back to the authority without user and port.
     */
    private static String hostOf(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return "";
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.lastIndexOf(':');
        return port >= 0 ? host.substring(0, port) : host;
    }
}
