package org.mentorplanner.caldav;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * WebDAV XML from a server, read safely, and the {@code multistatus} answer of a PROPFIND
 * (RFC 4918 §14.16) as a list of responses with the properties the server found (status 200).
 * Discovery reads more kinds of properties than {@link DavMultiStatus}, so it keeps the elements.
 */
final class DavXml {

    static final String DAV = "DAV:";
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

    /**
     * One {@code response}.
     *
     * @param href  its href as sent (absolute or relative, percent-encoded)
     * @param props the {@code prop} elements of its propstats with status 200
     */
    record Response(String href, List<Element> props) {

        /** The first found property named {@code name} in {@code namespace}, or {@code null}. */
        Element property(String namespace, String name) {
            for (Element prop : props) {
                Element found = child(prop, namespace, name);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        /** The hrefs inside a property such as {@code current-user-principal}; empty when it is missing. */
        List<String> hrefsOf(String namespace, String name) {
            Element property = property(namespace, name);
            return property == null ? List.of()
                    : children(property, DAV, "href").stream().map(e -> e.getTextContent().strip()).filter(h -> !h.isEmpty()).toList();
        }

        /** Whether its resource type holds {@code namespace:type}. */
        boolean isOfType(String namespace, String type) {
            Element resourceType = property(DAV, "resourcetype");
            return resourceType != null && child(resourceType, namespace, type) != null;
        }
    }

    private DavXml() {
    }

    /** The responses of a multistatus answer. */
    static List<Response> multiStatus(String xml) {
        Document document = parse(xml);
        List<Response> responses = new ArrayList<>();
        var nodes = document.getElementsByTagNameNS(DAV, "response");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element response = (Element) nodes.item(i);
            Element href = child(response, DAV, "href");
            if (href == null) {
                continue;
            }
            List<Element> props = new ArrayList<>();
            for (Element propstat : children(response, DAV, "propstat")) {
                Element status = child(propstat, DAV, "status");
                Element prop = child(propstat, DAV, "prop");
                if (prop != null && (status == null || status.getTextContent().contains(" 200"))) {
                    props.add(prop);
                }
            }
            responses.add(new Response(href.getTextContent().strip(), props));
        }
        return responses;
    }

    /** Parses XML from the network: no DTDs, no external entities (the one safe parser of the CalDAV client). */
    static Document parse(String xml) {
        return DavMultiStatus.document(xml, "is the address a CalDAV server?");
    }

    /** Text for an XML element's content: {@code & < > " '} escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static Element child(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && (name == null || name.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }
}
