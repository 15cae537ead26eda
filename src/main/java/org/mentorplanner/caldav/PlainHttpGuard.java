package org.mentorplanner.caldav;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.mentorplanner.service.CalendarServerException;

/**
 * Keeps passwords off the network in clear text: HTTP Basic sends the password with every
 * request, readable by anyone between the app and the server unless the connection is
 * encrypted. So a password goes only over https, or over plain http to this computer itself (a
 * loopback address: a local server, or an SSH tunnel), unless the user allowed plain http
 * explicitly (ADR 0020).
 */
final class PlainHttpGuard {

    private PlainHttpGuard() {
    }

    /**
     * Refuses to send a password for {@code user} to {@code target} over plain http to another
     * computer, unless {@code allowInsecureHttp}.
     *
     * @throws CalendarServerException saying why and what to do instead
     */
    static void requireSafeForPassword(URI target, String user, boolean allowInsecureHttp) {
        if (allowInsecureHttp || "https".equalsIgnoreCase(target.getScheme()) || isLoopback(target.getHost())) {
            return;
        }
        throw new CalendarServerException("Refused to send the password" + (user.isEmpty() ? "" : " of " + user) + " to "
                + DavTransport.origin(target) + " over plain http: it would cross the network unencrypted, readable by anyone "
                + "on the way. Use the server's https:// address. Only on a network you trust, allow plain http with "
                + "--allow-insecure-http.");
    }

    /**
     * Whether {@code host} is this computer: {@code localhost} (RFC 6761 reserves it and its
     * subdomains for loopback) or a loopback IP literal. Names are not looked up: a DNS answer
     * could make any name point at 127.0.0.1 for one lookup and elsewhere for the next.
     */
    static boolean isLoopback(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        String literal = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        if (!literal.matches("[0-9.]+") && !literal.matches("[0-9a-f:.]*:[0-9a-f:.]*")) {
            return false; // a name, not an address: never resolved here
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress(); // an IP literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
