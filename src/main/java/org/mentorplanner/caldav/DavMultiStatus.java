package org.mentorplanner.caldav;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.mentorplanner.service.CalendarServerException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads a WebDAV {@code multistatus} answer (RFC 4918 §14.16): per response its href and found properties. */
final class DavMultiStatus {

    private static final String DAV = "DAV:";
    private static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

    /**
     * One {@code response} element.
     *
     * @param href         the resource's path, percent-decoded
     * @param etag         its {@code getetag}, or {@code null}
     * @param isCollection whether its resource type holds {@code DAV:collection}
     * @param isCalendar   whether its resource type holds {@code caldav:calendar}
     */
    record Entry(String href, String etag, boolean isCollection, boolean isCalendar) {
    }

    private DavMultiStatus() {
    }

    /** The responses in {@code xml}; hrefs (absolute or relative) are resolved against {@code base}. */
    static List<Entry> parse(String xml, URI base) {
        Document document = document(xml);
        List<Entry> entries = new ArrayList<>();
        NodeList responses = document.getElementsByTagNameNS(DAV, "response");
        for (int i = 0; i < responses.getLength(); i++) {
            Element response = (Element) responses.item(i);
            Element href = child(response, DAV, "href");
            if (href == null) {
                continue;
            }
            String etag = null;
            boolean collection = false;
            boolean calendar = false;
            for (Element propstat : children(response, DAV, "propstat")) {
                Element status = child(propstat, DAV, "status");
                if (status != null && !status.getTextContent().contains(" 200")) {
                    continue; // a property the server does not have
                }
                Element prop = child(propstat, DAV, "prop");
                if (prop == null) {
                    continue;
                }
                Element getetag = child(prop, DAV, "getetag");
                if (getetag != null && !getetag.getTextContent().isBlank()) {
                    etag = getetag.getTextContent().strip();
                }
                Element type = child(prop, DAV, "resourcetype");
                if (type != null) {
                    collection |= child(type, DAV, "collection") != null;
                    calendar |= child(type, CALDAV, "calendar") != null;
                }
            }
            entries.add(new Entry(path(base, href.getTextContent().strip()), etag, collection, calendar));
        }
        return entries;
    }

    private static String path(URI base, String href) {
        try {
            return base.resolve(URI.create(href)).getPath();
        } catch (IllegalArgumentException e) {
            throw new CalendarServerException("The calendar server answered with a broken address (" + href + ").", e);
        }
    }

    /** Parses a server's XML answer safely: no DTDs, no external entities. */
    static Document document(String xml) {
        return document(xml, "is the URL a CalDAV calendar?");
    }

    /**
     * {@link #document(String)}, with the question the message asks when the answer is not XML
     * ({@code question}: what the user should check, such as the address they typed).
     */
    static Document document(String xml, String question) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // The answer comes from a network: no DTDs, no external entities.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (SAXException | IOException e) {
            throw new CalendarServerException("The calendar server's answer is not valid WebDAV XML (" + e.getMessage()
                    + "): " + question, e);
        }
    }

    static Element child(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
