package org.mentorplanner.export;

import static org.mentorplanner.export.HtmlText.escape;

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
     * viewer-time lines too. Without scripts the page keeps the exporter's own forms.
     */
    private static final String VIEWER_TIME_SCRIPT = """
            <script>
            (function () {
              if (!window.Intl) { return; }
              var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
              var day = new Intl.DateTimeFormat(undefined, {weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit'});
              var time = new Intl.DateTimeFormat(undefined, {hour: 'numeric', minute: '2-digit'});
              var longDay = new Intl.DateTimeFormat(undefined, {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
              document.querySelectorAll('[data-date]').forEach(function (el) {
                el.textContent = longDay.format(new Date(el.getAttribute('data-date') + 'T00:00:00Z'));
              });
              document.querySelectorAll('.time[data-start]').forEach(function (el) {
                try {
                  var there = new Intl.DateTimeFormat(undefined, {hour: 'numeric', minute: '2-digit', timeZone: el.getAttribute('data-zone')});
                  el.textContent = there.format(new Date(el.getAttribute('data-start'))) + ' – '
                      + there.format(new Date(el.getAttribute('data-end')));
                } catch (e) { /* a zone this browser does not know: keep the exporter's text */ }
              });
              document.querySelectorAll('.viewer-time').forEach(function (el) {
                if (!zone || el.getAttribute('data-zone') === zone) { return; }
                el.textContent = 'Your time (' + zone + '): ' + day.format(new Date(el.getAttribute('data-start')))
                    + ' – ' + time.format(new Date(el.getAttribute('data-end')));
                el.hidden = false;
              });
            })();
            </script>
            """;

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

    private static final String STYLE = """
            :root { color-scheme: light dark; --accent: #1f6feb; --card: #ffffff; --text: #1d2129; --muted: #5b6472; --line: #dde1e6; --page: #f5f6f8; }
            @media (prefers-color-scheme: dark) { :root { --card: #1c2128; --text: #e6edf3; --muted: #9aa4b2; --line: #30363d; --page: #0d1117; } }
            * { box-sizing: border-box; }
            body { margin: 0; padding: 1.5rem 1rem 3rem; background: var(--page); color: var(--text);
                   font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
            header, main { max-width: 52rem; margin: 0 auto; }
            h1 { font-size: 1.75rem; margin: 0.25rem 0; overflow-wrap: anywhere; }
            h2 { font-size: 1.05rem; color: var(--muted); margin: 2rem 0 0.75rem; font-weight: 600; }
            h3 { font-size: 1.1rem; margin: 0.25rem 0; overflow-wrap: anywhere; }
            p { margin: 0.2rem 0; }
            .subtitle, .empty { color: var(--muted); }
            .back { color: var(--accent); text-decoration: none; }
            .mentors { list-style: none; padding: 0; margin: 1.5rem 0 0; display: grid; gap: 0.75rem;
                       grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
            .mentor { display: block; padding: 1rem 1.25rem; background: var(--card); border: 1px solid var(--line);
                      border-radius: 12px; color: inherit; text-decoration: none; }
            .mentor:hover, .mentor:focus { border-color: var(--accent); }
            .mentor .name { display: block; font-weight: 600; font-size: 1.1rem; overflow-wrap: anywhere; }
            .mentor .meta { color: var(--muted); font-size: 0.9rem; }
            .session { display: flex; gap: 1rem; align-items: center; justify-content: space-between; padding: 1rem 1.25rem;
                       margin-bottom: 0.75rem; background: var(--card); border: 1px solid var(--line); border-radius: 12px; }
            .details { min-width: 0; }
            .time { font-weight: 700; font-variant-numeric: tabular-nums; }
            .zone, .duration, .viewer-time { color: var(--muted); font-size: 0.9rem; }
            .method { display: inline-block; padding: 0 0.5rem; border-radius: 999px; border: 1px solid var(--line);
                      font-size: 0.85rem; margin-right: 0.25rem; }
            .place { color: var(--muted); overflow-wrap: anywhere; }
            .notes { white-space: pre-line; overflow-wrap: anywhere; margin-top: 0.4rem; }
            .book { flex: none; padding: 0.6rem 1.4rem; border-radius: 8px; background: var(--accent); color: #fff;
                    font-weight: 600; text-decoration: none; }
            .book:hover, .book:focus { filter: brightness(1.1); }
            @media (max-width: 36rem) {
              body { padding: 1rem 0.75rem 2rem; }
              .session { flex-direction: column; align-items: stretch; }
              .book { text-align: center; }
            }
            """;
}
