package org.mentorplanner.busy;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VFreeBusy;
import net.fortuna.ical4j.model.property.FreeBusy;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import org.mentorplanner.domain.busy.BusyInterval;
import org.mentorplanner.service.BusySourceException;
import org.mentorplanner.service.port.BusyCalendarParser;
import org.threeten.extra.Interval;

/**
 * Busy time from iCalendar text with ical4j (ADR 0025). ical4j parses and expands every
 * recurrence (RRULE, RDATE, EXDATE, the zones of the file's VTIMEZONEs); this class only decides
 * what counts as busy and applies overridden occurrences (RECURRENCE-ID), which ical4j leaves to
 * its callers:
 * <ul>
 *   <li>an event is busy unless {@code TRANSP:TRANSPARENT} or {@code STATUS:CANCELLED};</li>
 *   <li>an occurrence overridden by another VEVENT of the same UID is replaced by it (and
 *       dropped when the override is cancelled or transparent);</li>
 *   <li>floating times and all-day dates are in the calendar's {@code X-WR-TIMEZONE}, else in
 *       the zone the caller gives;</li>
 *   <li>VFREEBUSY periods are busy unless {@code FBTYPE=FREE}.</li>
 * </ul>
 * Outlook's Windows zone names without a VTIMEZONE resolve through {@link WindowsZoneNames}.
 * Monthly rules by weekday are handed to ical4j in an equivalent form that avoids a bug of
 * 4.0.0-rc5 ({@link MonthlyByDayRules}). Anything ical4j cannot read is refused with its line.
 */
public final class IcsBusyParser implements BusyCalendarParser {

    /** One VEVENT's place in the text, for messages. */
    private record Located(VEvent event, String uid) {
    }

    @Override
    public List<BusyInterval> parse(String icsText, Instant from, Instant to, ZoneId floatingZone) {
        Calendar calendar = build(icsText);
        ZoneId floating = calendarZone(calendar).orElse(floatingZone);
        Map<String, VEvent> masters = new HashMap<>();
        Map<String, List<VEvent>> overrides = new HashMap<>();
        List<BusyInterval> busy = new ArrayList<>();
        int anonymous = 0;
        for (CalendarComponent component : calendar.getComponents()) {
            if (component instanceof VEvent event) {
                String uid = event.getUid().map(Property::getValue).orElse("\u0000no-uid-" + anonymous++);
                if (event.getProperty(Property.RECURRENCE_ID).isPresent()) {
                    overrides.computeIfAbsent(uid, key -> new ArrayList<>()).add(event);
                } else {
                    masters.putIfAbsent(uid, event);
                }
            } else if (component instanceof VFreeBusy freeBusy) {
                addFreeBusy(freeBusy, from, to, busy);
            }
        }
        // ical4j compares all-day and floating dates by their own calendar date: a margin wider
        // than any zone's offset keeps those near the edges; add() cuts to the exact window.
        Period<ZonedDateTime> window = new Period<>(from.atZone(ZoneOffset.UTC).minusDays(2), to.atZone(ZoneOffset.UTC).plusDays(2));
        for (Map.Entry<String, VEvent> entry : masters.entrySet()) {
            expand(icsText, entry.getKey(), entry.getValue(), overrides.getOrDefault(entry.getKey(), List.of()),
                    window, from, to, floating, busy);
        }
        // Overrides whose master is not in the file (a feed may carry only the changed occurrence).
        for (Map.Entry<String, List<VEvent>> entry : overrides.entrySet()) {
            if (!masters.containsKey(entry.getKey())) {
                for (VEvent override : entry.getValue()) {
                    single(icsText, entry.getKey(), override, from, to, floating, busy);
                }
            }
        }
        busy.sort(Comparator.comparing(BusyInterval::start).thenComparing(BusyInterval::end));
        return busy;
    }

    private static Calendar build(String icsText) {
        try {
            String text = withBundledZones(WindowsZoneNames.resolve(icsText));
            return new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw new BusySourceException("The calendar cannot be read: line " + e.getLineNo() + ": "
                    + reason(e).replaceFirst("^Error at line \\d+:\\s*", "")
                    + ". Ask whoever publishes it for a valid iCalendar (.ics) file.", e);
        } catch (IOException | RuntimeException e) {
            throw new BusySourceException("The calendar cannot be read (" + reason(e)
                    + "). Ask whoever publishes it for a valid iCalendar (.ics) file.", e);
        }
    }

    /**
     * {@code text} with a VTIMEZONE from ical4j's bundled zone data for every zone it names
     * without defining (Outlook exports, hand-made files): ical4j resolves a TZID only through a
     * VTIMEZONE of the same calendar. Unknown names stay unknown; their events are refused.
     */
    private static String withBundledZones(String text) {
        var undefined = WindowsZoneNames.undefined(text);
        if (undefined.isEmpty()) {
            return text;
        }
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        StringBuilder zones = new StringBuilder();
        for (String name : undefined) {
            try {
                TimeZone zone = registry.getTimeZone(name);
                if (zone != null) {
                    zones.append(zone.getVTimeZone().toString());
                }
            } catch (RuntimeException e) {
                // not a zone ical4j knows: the event that names it is refused with its line
            }
        }
        int afterBegin = text.indexOf('\n', Math.max(0, text.toUpperCase(Locale.ROOT).indexOf("BEGIN:VCALENDAR")));
        if (zones.isEmpty() || afterBegin < 0) {
            return text;
        }
        return text.substring(0, afterBegin + 1) + zones + text.substring(afterBegin + 1);
    }

    /** Google's (and Apple's) calendar-wide zone, if it names a zone we know. */
    private static Optional<ZoneId> calendarZone(Calendar calendar) {
        return calendar.getProperty("X-WR-TIMEZONE").map(Property::getValue).map(String::strip).flatMap(name -> {
            try {
                return Optional.of(ZoneId.of(name));
            } catch (DateTimeException e) {
                return WindowsZoneNames.zoneOf(name);
            }
        });
    }

    private static void expand(String text, String uid, VEvent master, List<VEvent> overrides, Period<ZonedDateTime> window,
                               Instant from, Instant to, ZoneId floating, List<BusyInterval> busy) {
        try {
            Set<Instant> replaced = new HashSet<>();
            for (VEvent override : overrides) {
                RecurrenceId<?> id = override.<RecurrenceId<?>>getProperty(Property.RECURRENCE_ID).orElseThrow();
                replaced.add(instant(id.getDate(), floating));
            }
            if (isBusy(master)) {
                String title = title(master);
                for (RRule<ZonedDateTime> rule : master.<RRule<ZonedDateTime>>getProperties(Property.RRULE)) {
                    rule.setRecur(MonthlyByDayRules.equivalent(rule.getRecur()));
                }
                for (Period<?> occurrence : master.<ZonedDateTime>calculateRecurrenceSet(window)) {
                    Instant start = instant(occurrence.getStart(), floating);
                    if (replaced.contains(start)) {
                        continue;
                    }
                    add(start, instant(occurrence.getEnd(), floating), title, from, to, busy);
                }
            }
            for (VEvent override : overrides) {
                single(text, uid, override, from, to, floating, busy);
            }
        } catch (DateTimeException | IllegalArgumentException | UnsupportedOperationException e) {
            throw unreadable(text, uid, e);
        }
    }

    /** An event on its own: an override, taken as the one occurrence it describes. */
    private static void single(String text, String uid, VEvent event, Instant from, Instant to, ZoneId floating,
                               List<BusyInterval> busy) {
        if (!isBusy(event)) {
            return;
        }
        try {
            Temporal start = event.getDateTimeStart().orElseThrow(() -> new IllegalArgumentException("no DTSTART")).getDate();
            Instant startAt = instant(start, floating);
            // Without DTEND or DURATION an all-day event takes its day, a timed one no time (RFC 5545 3.6.1).
            Instant endAt = event.getEndDate(true).map(end -> instant(end.getDate(), floating))
                                 .orElseGet(() -> start instanceof LocalDate day
                                         ? day.plusDays(1).atStartOfDay(floating).toInstant() : startAt);
            add(startAt, endAt, title(event), from, to, busy);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw unreadable(text, uid, e);
        }
    }

    private static void add(Instant start, Instant end, String title, Instant from, Instant to, List<BusyInterval> busy) {
        // A zero-length event (a reminder with no end) takes no time.
        if (end.isAfter(start) && start.isBefore(to) && end.isAfter(from)) {
            busy.add(new BusyInterval(start, end, title));
        }
    }

    private static void addFreeBusy(VFreeBusy freeBusy, Instant from, Instant to, List<BusyInterval> busy) {
        for (FreeBusy property : freeBusy.<FreeBusy>getProperties(Property.FREEBUSY)) {
            String type = property.getParameter(Parameter.FBTYPE).map(Parameter::getValue).orElse("BUSY");
            if (type.equalsIgnoreCase("FREE")) {
                continue;
            }
            for (Interval interval : property.getIntervals()) {
                add(interval.getStart(), interval.getEnd(), null, from, to, busy);
            }
        }
    }

    private static boolean isBusy(VEvent event) {
        boolean transparent = event.getProperty(Property.TRANSP).map(Property::getValue)
                                   .map(value -> value.strip().equalsIgnoreCase("TRANSPARENT")).orElse(false);
        boolean cancelled = event.getProperty(Property.STATUS).map(Property::getValue)
                                 .map(value -> value.strip().equalsIgnoreCase("CANCELLED")).orElse(false);
        return !transparent && !cancelled;
    }

    private static String title(VEvent event) {
        return event.getProperty(Property.SUMMARY).map(Property::getValue).map(String::strip)
                    .filter(summary -> !summary.isEmpty()).orElse(null);
    }

    /** The instant of an ical4j date: zoned, offset or UTC as they are; floating and all-day in {@code floating}. */
    static Instant instant(Temporal temporal, ZoneId floating) {
        return switch (temporal) {
            case ZonedDateTime zoned -> zoned.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            case Instant instant -> instant;
            case LocalDateTime local -> local.atZone(floating).toInstant();
            case LocalDate date -> date.atStartOfDay(floating).toInstant();
            default -> throw new DateTimeException("a date of an unexpected kind: " + temporal);
        };
    }

    private static BusySourceException unreadable(String text, String uid, RuntimeException e) {
        int line = lineOf(text, uid);
        return new BusySourceException("The calendar cannot be read: " + (line > 0 ? "line " + line + ": " : "")
                + "the event " + (uid.startsWith("\u0000") ? "without a UID" : uid) + ": " + reason(e)
                + ". Fix or remove that event in the calendar app, or ask whoever publishes it.", e);
    }

    /** The line of the event's UID, counting lines as the file has them (1-based); 0 when not found. */
    static int lineOf(String text, String uid) {
        if (uid.startsWith("\u0000")) {
            return 0;
        }
        int line = 1;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String current = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
            if (current.regionMatches(true, 0, "UID", 0, 3) && current.endsWith(uid)) {
                return line;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
            line++;
        }
        return 0;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        if (e.getCause() != null && e.getCause().getMessage() != null && (message == null || message.isBlank())) {
            message = e.getCause().getMessage();
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
