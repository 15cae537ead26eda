package org.mentorplanner.caldav;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorplanner.service.CalendarResource;
import org.mentorplanner.service.CalendarServerException;
import org.mentorplanner.service.SyncReport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The bodies and answers of the two reports a pull sends: {@code sync-collection} (RFC 6578) and
 * {@code calendar-multiget} (RFC 4791 §7.9).
 */
final class DavReports {

    private static final String DAV = "DAV:";
    private static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

    private DavReports() {
    }

    /** The sync-collection request for changes since {@code token} (empty: everything). */
    static String syncCollection(String token) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <d:sync-collection xmlns:d="DAV:"><d:sync-token>%s</d:sync-token><d:sync-level>1</d:sync-level>\
                <d:prop><d:getetag/></d:prop></d:sync-collection>
                """.formatted(xml(token == null ? "" : token));
    }

    /** The calendar-multiget request for {@code hrefs} (decoded paths). */
    static String multiget(Collection<String> hrefs) {
        StringBuilder body = new StringBuilder(256 + hrefs.size() * 80);
        body.append("""
                <?xml version="1.0" encoding="utf-8"?>
                <c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">\
                <d:prop><d:getetag/><c:calendar-data/></d:prop>""");
        for (String href : hrefs) {
            body.append("<d:href>").append(xml(encodePath(href))).append("</d:href>");
        }
        return body.append("</c:calendar-multiget>\n").toString();
    }

    /** Reads a sync-collection answer; responses for the collection itself are left out. */
    static SyncReport syncAnswer(String xml, URI collection) {
        Document document = DavMultiStatus.document(xml);
        NodeList tokens = document.getElementsByTagNameNS(DAV, "sync-token");
        if (tokens.getLength() == 0 || tokens.item(0).getTextContent().isBlank()) {
            throw new CalendarServerException("The calendar server's change list has no sync token; it does not follow RFC 6578.");
        }
        Map<String, String> changed = new LinkedHashMap<>();
        Set<String> removed = new LinkedHashSet<>();
        String self = withSlash(collection.getPath());
        for (Response response : responses(document, collection)) {
            if (withSlash(response.href).equals(self)) {
                continue;
            }
            if (response.status != null && (response.status.contains(" 404") || response.status.contains(" 410"))) {
                removed.add(response.href);
            } else {
                changed.put(response.href, response.etag);
            }
        }
        return new SyncReport(tokens.item(0).getTextContent().strip(), changed, removed);
    }

    /** Reads a calendar-multiget answer: the resources found, with their data. */
    static List<CalendarResource> multigetAnswer(String xml, URI collection) {
        List<CalendarResource> found = new ArrayList<>();
        for (Response response : responses(DavMultiStatus.document(xml), collection)) {
            if (response.data != null) {
                found.add(new CalendarResource(response.href, response.etag, response.data));
            }
        }
        return found;
    }

    /**
     * Reads a {@code no-uid-conflict} precondition error (RFC 4791 §5.3.2.1): empty when the body
     * is not one; else the href of the resource that already holds the UID, or an empty string
     * when the server does not say (Radicale does not).
     */
    static Optional<String> uidConflict(String xml, URI collection) {
        try {
            NodeList conflicts = DavMultiStatus.document(xml).getElementsByTagNameNS(CALDAV, "no-uid-conflict");
            if (conflicts.getLength() == 0) {
                return Optional.empty();
            }
            Element href = DavMultiStatus.child((Element) conflicts.item(0), DAV, "href");
            return Optional.of(href == null ? "" : path(collection, href.getTextContent().strip()));
        } catch (CalendarServerException e) {
            return Optional.empty(); // not XML: an ordinary refusal
        }
    }

    /** A calendar-query (RFC 4791 §7.8) for the events whose UID contains {@code uid}. */
    static String uidQuery(String uid) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/></d:prop>                <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT"><c:prop-filter name="UID">                <c:text-match collation="i;octet">%s</c:text-match></c:prop-filter></c:comp-filter></c:comp-filter>                </c:filter></c:calendar-query>
                """.formatted(xml(uid));
    }

    /** The UID of the first event in {@code calendarObject} (unfolded), if any. */
    static Optional<String> uidOf(String calendarObject) {
        for (String line : calendarObject.replace("\r\n ", "").replace("\n ", "").split("\r?\n")) {
            if (line.startsWith("UID:")) {
                return Optional.of(line.substring(4).strip());
            }
        }
        return Optional.empty();
    }

    private record Response(String href, String status, String etag, String data) {
    }

    private static List<Response> responses(Document document, URI base) {
        List<Response> responses = new ArrayList<>();
        NodeList elements = document.getElementsByTagNameNS(DAV, "response");
        for (int i = 0; i < elements.getLength(); i++) {
            Element response = (Element) elements.item(i);
            Element href = DavMultiStatus.child(response, DAV, "href");
            if (href == null) {
                continue;
            }
            Element status = DavMultiStatus.child(response, DAV, "status");
            String etag = null;
            String data = null;
            for (Element propstat : DavMultiStatus.children(response, DAV, "propstat")) {
                Element propStatus = DavMultiStatus.child(propstat, DAV, "status");
                Element prop = DavMultiStatus.child(propstat, DAV, "prop");
                if (prop == null || propStatus != null && !propStatus.getTextContent().contains(" 200")) {
                    continue;
                }
                Element getetag = DavMultiStatus.child(prop, DAV, "getetag");
                if (getetag != null && !getetag.getTextContent().isBlank()) {
                    etag = getetag.getTextContent().strip();
                }
                Element calendarData = DavMultiStatus.child(prop, CALDAV, "calendar-data");
                if (calendarData != null && !calendarData.getTextContent().isBlank()) {
                    data = calendarData.getTextContent();
                }
            }
            responses.add(new Response(path(base, href.getTextContent().strip()),
                    status == null ? null : status.getTextContent(), etag, data));
        }
        return responses;
    }

    private static String path(URI base, String href) {
        try {
            return base.resolve(URI.create(href)).getPath();
        } catch (IllegalArgumentException e) {
            throw new CalendarServerException("The calendar server answered with a broken address (" + href + ").", e);
        }
    }

    private static String encodePath(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String withSlash(String path) {
        return path.endsWith("/") ? path : path + "/";
    }
}
