package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.NotFoundException;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.busy.BusyBlock;
import org.mentorplanner.domain.busy.BusyCopy;
import org.mentorplanner.domain.busy.BusyInterval;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.service.port.BusyCalendarParser;
import org.mentorplanner.service.port.BusyFeed;
import org.mentorplanner.service.port.BusyFeedReader;
import org.mentorplanner.service.port.Storage;

/**
 * Mentors' busy sources (ADR 0024): adding and removing them, refreshing their local copies,
 * and the busy time the planner checks against. Reading a source (network, file) happens
 * outside any transaction; only storing the new copy is one. A source that cannot be read keeps
 * its last good copy and records why.
 *
 * <p>A copy holds the busy intervals from {@link #COPY_BEFORE} before the refresh to
 * {@link #COPY_AHEAD} after it: recurring events without an end are expanded that far.
 */
@Singleton
public class BusyService {

    /** How far back a copy reaches: the weeks a planner still looks at. */
    public static final Duration COPY_BEFORE = Duration.ofDays(92);
    /** How far ahead a copy reaches: a year of bulk duplicates, and the next. */
    public static final Duration COPY_AHEAD = Duration.ofDays(2 * 366);

    private static final String AUTO_REFRESH_KEY = "busy.auto_refresh_minutes";

    private final Storage storage;
    private final BusyFeedReader reader;
    private final BusyCalendarParser parser;
    private final Clock clock;

    @Inject
    public BusyService(Storage storage, BusyFeedReader reader, BusyCalendarParser parser, Clock clock) {
        this.storage = storage;
        this.reader = reader;
        this.parser = parser;
        this.clock = clock;
    }

    /**
     * Adds a source for {@code mentorEmail}; it is not read yet ({@link #refresh}). Refuses an
     * address that is not http(s)/webcal, a file that does not exist, a source the mentor has
     * already, and a mentor the actor may not plan for.
     */
    public BusySource add(Actor actor, String mentorEmail, BusySourceKind kind, String address, String user) {
        String cleaned = clean(kind, address);
        return storage.transact(repos -> {
            Person mentor = repos.people().findByEmail(mentorEmail.strip())
                                 .orElseThrow(() -> new NotFoundException("No person with email " + mentorEmail.strip() + "."));
            if (!mentor.isMentor()) {
                throw new InvalidInputException(mentor.email() + " is not a mentor: busy times are kept for mentors only.");
            }
            if (!actor.mayScheduleFor(mentor)) {
                throw new InvalidInputException("You may manage busy times only for yourself, not for " + mentor.email() + ".");
            }
            boolean known = repos.busySources().findByMentor(mentor.id()).stream()
                                 .anyMatch(s -> s.kind() == kind && s.address().equals(cleaned));
            if (known) {
                throw new InvalidInputException(mentor.email() + " already has this " + kind.label() + ": refresh it instead.");
            }
            return repos.busySources().insert(BusySource.of(mentor.id(), kind, cleaned, kind == BusySourceKind.CALDAV ? user : ""),
                    clock.instant());
        });
    }

    /** Every source, by mentor. */
    public List<BusySource> sources() {
        return storage.transact(repos -> repos.busySources().findAll());
    }

    /** One mentor's sources. */
    public List<BusySource> sources(long mentorId) {
        return storage.transact(repos -> repos.busySources().findByMentor(mentorId));
    }

    /** The source with this id, or a refusal. */
    public BusySource require(long id) {
        return storage.transact(repos -> repos.busySources().findById(id))
                      .orElseThrow(() -> new NotFoundException("No busy source #" + id + ": see `busy list`."));
    }

    /** Forgets a source and its copy. */
    public void remove(Actor actor, long id) {
        storage.transactVoid(repos -> {
            BusySource source = repos.busySources().findById(id)
                                     .orElseThrow(() -> new NotFoundException("No busy source #" + id + ": see `busy list`."));
            requireMayManage(repos.people().findByIds(List.of(source.mentorId())), actor);
            repos.busySources().delete(id);
        });
    }

    /** Whether the grid and the warnings show this source's event titles (else "Busy"). */
    public BusySource showTitles(long id, boolean show) {
        return storage.transact(repos -> {
            repos.busySources().setShowTitles(id, show);
            return repos.busySources().findById(id)
                        .orElseThrow(() -> new NotFoundException("No busy source #" + id + ": see `busy list`."));
        });
    }

    /**
     * Reads the source again and replaces its copy when it changed. Never throws for a source
     * that cannot be read: the result says why, and the last good copy stays.
     *
     * @param password the CalDAV password, or empty; used for this read only
     */
    public BusyRefresh refresh(long id, String password) {
        BusySource source = require(id);
        Instant now = clock.instant();
        try {
            BusyFeed feed = reader.read(source, password == null ? "" : password);
            if (feed.unchanged()) {
                BusyCopy confirmed = source.copy().confirmed(now);
                storage.transactVoid(repos -> repos.busySources().saveCopyState(id, confirmed));
                return new BusyRefresh(source.withCopy(confirmed), BusyRefresh.Outcome.UNCHANGED,
                        "unchanged (" + BusyCopy.count(source.copy().intervals()) + ")");
            }
            List<BusyInterval> intervals = parse(feed, now);
            BusyCopy copy = new BusyCopy(now, now, feed.etag(), feed.lastModified(), feed.fingerprint(), null, intervals.size());
            storage.transactVoid(repos -> repos.busySources().replaceCopy(id, intervals, copy));
            return new BusyRefresh(source.withCopy(copy), BusyRefresh.Outcome.UPDATED, BusyCopy.count(intervals.size()));
        } catch (BusySourceException e) {
            BusyCopy failed = source.copy().failed(now, e.getMessage());
            storage.transactVoid(repos -> repos.busySources().saveCopyState(id, failed));
            String kept = source.copy().hasCopy()
                    ? " The copy from " + source.copy().describeAge(now).replace(" old", "") + " ago stays in use."
                    : " There is no copy of it yet.";
            return new BusyRefresh(source.withCopy(failed), BusyRefresh.Outcome.FAILED, "not refreshed: " + e.getMessage() + kept);
        }
    }

    /**
     * Refreshes every source, or those of one mentor; one failure does not stop the others.
     *
     * @param passwords the CalDAV password for a source, or empty
     */
    public List<BusyRefresh> refreshAll(Optional<Long> mentorId, Function<BusySource, String> passwords) {
        List<BusySource> sources = mentorId.map(this::sources).orElseGet(this::sources);
        List<BusyRefresh> results = new ArrayList<>(sources.size());
        for (BusySource source : sources) {
            results.add(refresh(source.id(), passwords.apply(source)));
        }
        return results;
    }

    /** Minutes between automatic refreshes while the app runs; 0 (the default) for none. */
    public int autoRefreshMinutes() {
        return storage.transact(repos -> repos.settings().get(AUTO_REFRESH_KEY)).map(value -> {
            try {
                return Math.max(0, Integer.parseInt(value));
            } catch (NumberFormatException e) {
                return 0;
            }
        }).orElse(0);
    }

    /** Sets the minutes between automatic refreshes; 0 turns them off. Refuses more than a day or less than 0. */
    public void setAutoRefreshMinutes(int minutes) {
        if (minutes < 0 || minutes > 24 * 60) {
            throw new InvalidInputException("Refresh every 0 (off) to 1440 minutes, not " + minutes + ".");
        }
        storage.transactVoid(repos -> repos.settings().put(AUTO_REFRESH_KEY, String.valueOf(minutes)));
    }

    /** The given mentors' busy time overlapping {@code [from, to)}, by start; titles hidden where the source hides them. */
    public List<BusyBlock> busy(Collection<Long> mentorIds, Instant from, Instant to) {
        return storage.transact(repos -> repos.busySources().findBusy(mentorIds, from, to));
    }

    private List<BusyInterval> parse(BusyFeed feed, Instant now) {
        Instant from = now.minus(COPY_BEFORE);
        Instant to = now.plus(COPY_AHEAD);
        List<BusyInterval> intervals = new ArrayList<>();
        for (String text : feed.texts()) {
            intervals.addAll(parser.parse(text, from, to, clock.getZone()));
        }
        intervals.sort(Comparator.comparing(BusyInterval::start).thenComparing(BusyInterval::end));
        return intervals;
    }

    private static void requireMayManage(List<Person> mentors, Actor actor) {
        for (Person mentor : mentors) {
            if (!actor.mayScheduleFor(mentor)) {
                throw new InvalidInputException("You may manage busy times only for yourself, not for " + mentor.email() + ".");
            }
        }
    }

    /** The address as stored: a checked web address, or a file's absolute path that exists. */
    private static String clean(BusySourceKind kind, String address) {
        if (address == null || address.isBlank()) {
            throw new InvalidInputException("Give the calendar's " + (kind == BusySourceKind.ICS_FILE ? "file." : "address."));
        }
        String text = address.strip();
        if (kind == BusySourceKind.ICS_FILE) {
            Path file = Path.of(text).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException("There is no file " + file + ": give the path of an exported .ics file.");
            }
            return file.toString();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("webcal://"))) {
            throw new InvalidInputException("\"" + text + "\" is not a web address: use the calendar's https:// (or webcal://) address.");
        }
        try {
            if (URI.create(text).getHost() == null) {
                throw new IllegalArgumentException("no host");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("\"" + text + "\" is not a valid web address: copy it again from the calendar's settings.");
        }
        return text;
    }
}
