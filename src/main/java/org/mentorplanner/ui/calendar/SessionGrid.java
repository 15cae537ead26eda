package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.ui.editor.EditorChoices;

/**
 * The CalendarFX model of the planner: one calendar per mentor in one source, one entry per
 * loaded session, and the sessions as the store last gave them. It tells the user's moves and
 * resizes apart from its own changes. FX thread only.
 */
final class SessionGrid {

    /** What to do when the user moved or resized a stored session's block. */
    interface MoveListener {
        void moved(long sessionId, ZonedDateTime start, Duration duration);
    }

    /**
     * How many blocks {@link #showGradually} adds per animation pulse: each new block gets its
     * skin, CSS and layout in that pulse, and a few dozen at once stalled the FX thread for
     * over 50 ms (bench/README.md, FxStallBenchmark).
     */
    static final int BLOCKS_PER_PULSE = 8;

    private final CalendarSource source = new CalendarSource("Mentors");
    private final Map<Long, Calendar<Long>> calendars = new LinkedHashMap<>();
    private Consumer<Map<Long, Calendar<Long>>> beforeViewsSeeCalendars = calendars -> { };
    private final Map<Long, Entry<Long>> entries = new HashMap<>();
    private final Map<Long, MentorshipSession> known = new HashMap<>();
    /** Sessions with an open sync conflict: their blocks are marked. */
    private Set<Long> conflicts = Set.of();
    private ZoneId zone;
    private final MoveListener moves;
    private EditorChoices names;
    /** True while the grid itself changes entries, so its own changes are not taken for gestures. */
    private boolean applying;
    /** Sessions known but not yet on the grid: {@link #showGradually} adds them pulse by pulse. */
    private final ArrayDeque<MentorshipSession> pending = new ArrayDeque<>();
    private final AnimationTimer feeder = new AnimationTimer() {
        @Override
        public void handle(long now) {
            showPending(BLOCKS_PER_PULSE);
        }
    };

    SessionGrid(ZoneId zone, MoveListener moves) {
        this.zone = zone;
        this.moves = moves;
    }

    /** Shows the times in {@code newZone} from now on (the planner reloads the blocks after this). */
    void setZone(ZoneId newZone) {
        this.zone = newZone;
    }

    CalendarSource source() {
        return source;
    }

    /**
     * Creates a calendar per mentor, each with its own colour, holding {@code sessions}; names
     * come from {@code choices}. The calendars are filled before the views see them, so each
     * view builds its blocks once instead of once per calendar.
     */
    void addMentors(EditorChoices choices, List<MentorshipSession> sessions) {
        showPending(Integer.MAX_VALUE);
        this.names = choices;
        Map<Long, String> colours = MentorColours.assign(choices.mentors().stream().map(Person::id).toList());
        for (Person mentor : choices.mentors()) {
            Calendar<Long> calendar = new Calendar<>(mentor.name());
            calendar.setShortName(initials(mentor.name()));
            calendar.setStyle(colours.get(mentor.id()));
            calendar.addEventHandler(this::calendarChanged);
            calendars.put(mentor.id(), calendar);
        }
        sessions.forEach(this::show);
        beforeViewsSeeCalendars.accept(Collections.unmodifiableMap(calendars));
        source.getCalendars().addAll(calendars.values());
    }

    /** Names people and places from {@code choices} from now on (another program changed the directory); the blocks are filled again. */
    void useNames(EditorChoices choices) {
        this.names = choices;
        List.copyOf(known.values()).forEach(this::show);
    }

    /**
     * Called by {@link #addMentors} with the new calendars (mentor id to calendar, in list order)
     * just before the views see them: where the first view hides mentors (ADR 0036), so that no
     * view builds blocks for them.
     */
    void setBeforeViewsSeeCalendars(Consumer<Map<Long, Calendar<Long>>> listener) {
        this.beforeViewsSeeCalendars = listener;
    }

    /** Takes every calendar and block off the grid, before {@link #addMentors} fills it again. */
    void clear() {
        pending.clear();
        feeder.stop();
        quietly(() -> source.getCalendars().clear());
        calendars.clear();
        entries.clear();
        known.clear();
    }

    boolean hasCalendars() {
        return !calendars.isEmpty();
    }

    Optional<Calendar<Long>> calendarOf(long mentorId) {
        return Optional.ofNullable(calendars.get(mentorId));
    }

    /** The mentor whose calendar this is. */
    Optional<Long> mentorOf(Calendar<?> calendar) {
        return calendars.entrySet().stream().filter(e -> e.getValue() == calendar).map(Map.Entry::getKey).findFirst();
    }

    Map<Long, Calendar<Long>> calendars() {
        return Collections.unmodifiableMap(calendars);
    }

    /** Every session's block on the grid. */
    Collection<Entry<?>> entries() {
        return List.copyOf(entries.values());
    }

    Optional<Entry<Long>> entryOf(long sessionId) {
        return Optional.ofNullable(entries.get(sessionId));
    }

    Optional<MentorshipSession> session(long sessionId) {
        return Optional.ofNullable(known.get(sessionId));
    }

    /** The stored session behind a block, if it is one. */
    Optional<MentorshipSession> sessionOf(Entry<?> entry) {
        Long id = SessionEntries.sessionId(entry);
        return id == null ? Optional.empty() : session(id);
    }

    Collection<MentorshipSession> sessions() {
        return Collections.unmodifiableCollection(known.values());
    }

    /** Shows many sessions in one batch per calendar. */
    void showAll(List<MentorshipSession> list) {
        showPending(Integer.MAX_VALUE);
        inOneBatchPerCalendar(() -> list.forEach(this::show));
    }

    /** Puts {@code session} on the grid as the store has it. */
    void show(MentorshipSession session) {
        showPending(Integer.MAX_VALUE);
        put(session);
    }

    private void put(MentorshipSession session) {
        known.put(session.id(), session);
        Calendar<Long> calendar = calendars.get(session.mentorId());
        if (calendar == null) {
            return;
        }
        quietly(() -> {
            Entry<Long> entry = entries.computeIfAbsent(session.id(), id -> new Entry<>());
            SessionEntries.fill(entry, session, names, zone, conflicts.contains(session.id()));
            if (entry.getCalendar() != calendar) {
                entry.setCalendar(calendar);
            }
        });
    }

    /**
     * Marks the blocks of {@code sessionIds} as in conflict with the planning calendar, and
     * unmarks the others; later {@link #show}s keep the marks.
     */
    void markConflicts(Set<Long> sessionIds) {
        showPending(Integer.MAX_VALUE);
        Set<Long> changed = new HashSet<>(conflicts);
        changed.addAll(sessionIds);
        changed.removeIf(id -> conflicts.contains(id) && sessionIds.contains(id));
        conflicts = Set.copyOf(sessionIds);
        changed.stream().map(known::get).filter(Objects::nonNull).forEach(this::put);
    }

    /**
     * Puts {@code list}, the store's sessions of {@code mentorIds} in {@code [from, to)}, on the
     * grid in place of what it showed of them there: changed blocks are updated in place (a
     * selected block stays selected), new ones added, and the ones gone from the store taken off.
     */
    void replaceRange(Instant from, Instant to, Collection<Long> mentorIds, List<MentorshipSession> list) {
        showPending(Integer.MAX_VALUE);
        Set<Long> kept = new HashSet<>();
        list.forEach(session -> kept.add(session.id()));
        Set<Long> mentors = Set.copyOf(mentorIds);
        List<Long> gone = known.values().stream()
                .filter(s -> mentors.contains(s.mentorId()) && !kept.contains(s.id())
                        && s.start().toInstant().isBefore(to) && s.end().toInstant().isAfter(from))
                .map(MentorshipSession::id).toList();
        inOneBatchPerCalendar(() -> {
            gone.forEach(this::remove);
            list.forEach(this::put);
        });
    }

    /** Takes a session off the grid (deleted, or its creation undone). */
    void remove(long sessionId) {
        showPending(Integer.MAX_VALUE);
        known.remove(sessionId);
        Entry<Long> entry = entries.remove(sessionId);
        if (entry != null) {
            quietly(entry::removeFromCalendar);
        }
    }

    /**
     * Takes every session of {@code mentorIds} off the grid and out of memory, in one batch per
     * calendar: their mentors were unticked (ADR 0039); ticking them again reads them anew.
     */
    void removeMentors(Collection<Long> mentorIds) {
        showPending(Integer.MAX_VALUE);
        Set<Long> mentors = Set.copyOf(mentorIds);
        List<Long> theirs = known.values().stream().filter(s -> mentors.contains(s.mentorId())).map(MentorshipSession::id).toList();
        removeAll(theirs);
    }

    /** Takes many sessions off the grid in one batch per calendar (undoing a bulk run). */
    void removeAll(Collection<Long> sessionIds) {
        showPending(Integer.MAX_VALUE);
        inOneBatchPerCalendar(() -> sessionIds.forEach(this::remove));
    }

    /** Runs {@code change} so that each calendar tells its views once, at the end. */
    private void inOneBatchPerCalendar(Runnable change) {
        calendars.values().forEach(Calendar::startBatchUpdates);
        try {
            change.run();
        } finally {
            quietly(() -> calendars.values().forEach(Calendar::stopBatchUpdates));
        }
    }

    /**
     * Shows many sessions (a bulk run's copies) a few blocks per animation pulse, so the FX
     * thread never styles and lays out dozens of new blocks in one go. They count as known at
     * once; any other change to the grid first adds the ones still waiting, so a later change
     * to one of them is never overwritten by its older self.
     */
    void showGradually(List<MentorshipSession> list) {
        list.forEach(session -> known.put(session.id(), session));
        pending.addAll(list);
        if (pending.size() <= BLOCKS_PER_PULSE) {
            showPending(Integer.MAX_VALUE);
        } else {
            feeder.start();
        }
    }

    /** Blocks still waiting for {@link #showGradually} to add them. */
    int pendingCount() {
        return pending.size();
    }

    /** Adds up to {@code limit} waiting blocks, one by one (each a small change for the views). */
    private void showPending(int limit) {
        if (limit > BLOCKS_PER_PULSE && pending.size() > BLOCKS_PER_PULSE) {
            // Another change needs all of them now (a month of 200 mentors is thousands): one batch
            // per calendar, so that each view reloads once instead of once per block (issue 15).
            inOneBatchPerCalendar(() -> {
                while (!pending.isEmpty()) {
                    put(pending.poll());
                }
            });
        }
        for (int i = 0; i < limit && !pending.isEmpty(); i++) {
            put(pending.poll());
        }
        if (pending.isEmpty()) {
            feeder.stop();
        }
    }

    /** Removes a block that was never saved. */
    void discard(Entry<?> unsaved) {
        quietly(unsaved::removeFromCalendar);
    }

    private void quietly(Runnable change) {
        boolean outer = applying;
        applying = true;
        try {
            change.run();
        } finally {
            applying = outer;
        }
    }

    private void calendarChanged(CalendarEvent event) {
        if (applying || event.getEventType() != CalendarEvent.ENTRY_INTERVAL_CHANGED || event.getEntry() == null) {
            return;
        }
        Entry<?> entry = event.getEntry();
        Long id = SessionEntries.sessionId(entry);
        if (id != null && known.containsKey(id)) {
            moves.moved(id, entry.getStartAsZonedDateTime(), entry.getDuration());
        }
        // A block not saved yet has no session: the editor takes its time when it opens.
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                out.append(part.charAt(0));
            }
        }
        return out.toString();
    }
}
