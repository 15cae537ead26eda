package org.mentorplanner.export;

import static org.mentorplanner.export.HtmlText.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.service.DescribedSession;
import org.mentorplanner.service.ExportFile;
import org.mentorplanner.service.ExportSelection;

/**
 * Writes the booking pages: a static site that works from a folder ({@code file://}) with no
 * network. {@code index.html} lists the mentors with open sessions; each mentor has a page of
 * their upcoming open sessions with date, time in the session's zone, the same time in the
 * viewer's own zone (a few lines of inline script, using the browser's zone), method, place and a
 * Book button with the booking link. One shared {@code style.css} lays it out for phones and
 * desktops. Every text from the database is HTML-escaped, and marked {@code dir="auto"} so
 * right-to-left names and notes display correctly.
 */
public final class HtmlExporter {

    /** Shared by every page. */
    public static final String STYLESHEET = "style.css";
    public static final String INDEX = "index.html";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /** By day only: a re-export within the day leaves unchanged pages byte for byte the same. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                                                                     .withZone(ZoneOffset.UTC);

    /**
     * Writes the page's days and times in the reader's locale, one convention for all (ADR 30):
     * the browser knows the reader's language and zone, the exporter does not. It fills the
     * viewer-time lines too. Without scripts the page keeps the exporter's own forms. The script is
     * {@code booking-page.js} next to this class, inlined so each page works alone from a folder.
     */
    private static final String VIEWER_TIME_SCRIPT = "<script>\n" + resource("booking-page.js") + "</script>\n";
    /** The one stylesheet of the site, {@code booking-page.css} next to this class, written as {@value #STYLESHEET}. */
    private static final String STYLE = resource("booking-page.css");

    /** The files of the site: stylesheet, index, and one page per mentor with sessions to book. */
    public List<ExportFile> write(ExportSelection selection) {
        // The service chose the open, upcoming slots; a slot without a link has no Book button to show.
        List<DescribedSession> open = new ArrayList<>();
        for (DescribedSession view : selection.sessions()) {
            if (view.bookingUrl() != null) {
                open.add(view);
            }
        }
        Map<Person, List<DescribedSession>> byMentor = SessionText.byMentor(open);
        List<Person> mentors = new ArrayList<>(byMentor.keySet());
        mentors.sort(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Person::id));
        List<ExportFile> files = new ArrayList<>(mentors.size() + 2);
        files.add(ExportFile.text(STYLESHEET, STYLE));
        files.add(ExportFile.text(INDEX, index(selection, mentors, byMentor)));
        for (Person mentor : mentors) {
            files.add(ExportFile.text(pageOf(mentor), mentorPage(selection, mentor, byMentor.get(mentor))));
        }
        return files;
    }

    /** The file name of a mentor's page. */
    public static String pageOf(Person mentor) {
        return FileNames.of(mentor) + ".html";
    }

    private static String index(ExportSelection selection, List<Person> mentors, Map<Person, List<DescribedSession>> byMentor) {
        StringBuilder html = new StringBuilder(1024 + mentors.size() * 300);
        head(html, "Book a mentorship session");
        html.append("<header>\n<h1>Book a mentorship session</h1>\n");
        subtitle(html, selection);
        html.append("</header>\n<main>\n");
        if (mentors.isEmpty()) {
            html.append("<p class=\"empty\">No open sessions right now. Please look again later.</p>\n");
        } else {
            html.append("<ul class=\"mentors\">\n");
            for (Person mentor : mentors) {
                List<DescribedSession> sessions = byMentor.get(mentor);
                int count = sessions.size();
                html.append("<li><a class=\"mentor\" href=\"").append(escape(pageOf(mentor))).append("\">")
                    .append("<span class=\"name\" dir=\"auto\">").append(escape(mentor.name())).append("</span>")
                    .append("<span class=\"meta\">").append(count).append(count == 1 ? " open session" : " open sessions")
                    .append(" · next ").append(escape(SHORT_DAY.format(sessions.getFirst().session().start())))
                    .append("</span></a></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String mentorPage(ExportSelection selection, Person mentor, List<DescribedSession> sessions) {
        StringBuilder html = new StringBuilder(2048 + sessions.size() * 900);
        head(html, mentor.name() + " · Book a mentorship session");
        html.append("<header>\n<a class=\"back\" href=\"").append(INDEX).append("\">← All mentors</a>\n")
            .append("<h1 dir=\"auto\">").append(escape(mentor.name())).append("</h1>\n");
        subtitle(html, selection);
        html.append("</header>\n<main>\n");
        LocalDate day = null;
        for (DescribedSession view : sessions) {
            LocalDate date = view.session().details().localStart().toLocalDate();
            if (!date.equals(day)) {
                if (day != null) {
                    html.append("</section>\n");
                }
                html.append("<section class=\"day\">\n<h2 data-date=\"").append(date).append("\">")
                    .append(escape(DAY.format(date))).append("</h2>\n");
                day = date;
            }
            session(html, view);
        }
        if (day != null) {
            html.append("</section>\n");
        }
        html.append("</main>\n").append(VIEWER_TIME_SCRIPT).append("</body>\n</html>\n");
        return html.toString();
    }

    private static void session(StringBuilder html, DescribedSession view) {
        MentorshipSession session = view.session();
        html.append("<article class=\"session\">\n<div class=\"details\">\n")
            .append("<p class=\"when\"><span class=\"time\" data-zone=\"").append(escape(session.zone().getId()))
            .append("\" data-start=\"").append(session.startInstant()).append("\" data-end=\"").append(session.endInstant())
            .append("\">").append(TIME.format(session.start())).append("–")
            .append(TIME.format(session.end())).append("</span> <span class=\"zone\">")
            .append(escape(session.zone().getId())).append("</span>")
            .append(" <span class=\"duration\">").append(session.details().duration().toMinutes()).append(" min</span></p>\n")
            .append("<p class=\"viewer-time\" hidden data-zone=\"").append(escape(session.zone().getId()))
            .append("\" data-start=\"").append(session.startInstant()).append("\" data-end=\"")
            .append(session.endInstant()).append("\"></p>\n")
            .append("<h3 dir=\"auto\">").append(escape(session.displayTitle())).append("</h3>\n")
            .append("<p class=\"facts\"><span class=\"method\">").append(methodText(session.details().method()))
            .append("</span>");
        String place = SessionText.place(view);
        if (!place.isEmpty()) {
            html.append(" <span class=\"place\" dir=\"auto\">").append(escape(place)).append("</span>");
        }
        html.append("</p>\n");
        if (!session.details().notes().isEmpty()) {
            html.append("<p class=\"notes\" dir=\"auto\">").append(escape(session.details().notes())).append("</p>\n");
        }
        html.append("</div>\n<a class=\"book\" href=\"").append(escape(view.bookingUrl())).append("\" aria-label=\"Book ")
            .append(escape(session.displayTitle())).append(", ").append(escape(SHORT_DAY.format(session.start()))).append(' ')
            .append(TIME.format(session.start())).append("\">Book</a>\n</article>\n");
    }

    private static String methodText(EnrollmentMethod method) {
        return switch (method) {
            case ONLINE -> "Online";
            case IN_PERSON -> "In person";
            case BOTH -> "Online or in person";
        };
    }

    private static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<title>").append(escape(title)).append("</title>\n")
            .append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n</head>\n<body>\n");
    }

    private static void subtitle(StringBuilder html, ExportSelection selection) {
        html.append("<p class=\"subtitle\">Open sessions for <span dir=\"auto\">")
            .append(escape(selection.audience().label())).append("</span> · updated ")
            .append(escape(STAMP.format(selection.generatedAt()))).append("</p>\n");
    }

    /** A text file next to this class: read once, when the class loads. */
    private static String resource(String name) {
        try (InputStream in = HtmlExporter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
