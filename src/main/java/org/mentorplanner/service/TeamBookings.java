package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.service.port.CalendarPush;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.Storage;

/**
 * Bookings taken from a team calendar (ADR 0018): an ATTENDEE that someone else (a booking
 * portal, a mentee's calendar app) added to an open session's event books that session for the
 * person with that email, a new mentee when the email is unknown; {@code PARTSTAT=DECLINED} or
 * the booked mentee's attendee removed frees it again. A booking is not a conflict: the event's
 * new ETag is recorded, so the sync then writes the session back with the booking confirmed.
 */
@Singleton
public class TeamBookings {

    /** Hrefs per {@code calendar-multiget}. */
    static final int BATCH = 100;

    private final Storage storage;
    private final SessionService sessions;
    private final DirectoryService directory;
    private final PlanningFormat format;

    @Inject
    public TeamBookings(Storage storage, SessionService sessions, DirectoryService directory, PlanningFormat format) {
        this.storage = storage;
        this.sessions = sessions;
        this.directory = directory;
        this.format = format;
    }

    /**
     * What the bookings changed.
     *
     * @param booked   sessions booked or freed
     * @param lines    one line per booking, freeing and new mentee
     * @param recorded the resources whose server ETag was recorded as ours, as now stored
     */
    public record Outcome(int booked, List<String> lines, List<CalendarPush> recorded) {
        public Outcome {
            lines = List.copyOf(lines);
            recorded = List.copyOf(recorded);
        }
    }

    /**
     * Reads the events of {@code collection} whose ETag differs from the one our last write left
     * ({@code onServer}: href to the server's ETag; {@code pushes}: what we recorded, at least
     * every resource the server changed) and books or frees their sessions. A dry run only says
     * what it would do.
     */
    public Outcome take(CalendarCollection collection, Map<String, String> onServer, Collection<CalendarPush> pushes,
                        boolean dryRun) {
        Map<String, CalendarPush> changed = new HashMap<>();
        for (CalendarPush push : pushes) {
            String etag = onServer.get(push.href());
            if (etag != null && push.etag() != null && !push.etag().equals(etag)) {
                changed.put(push.href(), push);
            }
        }
        if (changed.isEmpty()) {
            return new Outcome(0, List.of(), List.of());
        }
        List<String> hrefs = List.copyOf(changed.keySet());
        List<String> lines = new ArrayList<>();
        List<CalendarPush> recorded = new ArrayList<>();
        int booked = 0;
        for (int from = 0; from < hrefs.size(); from += BATCH) {
            for (CalendarResource resource : collection.multiget(hrefs.subList(from, Math.min(hrefs.size(), from + BATCH)))) {
                CalendarPush push = changed.get(resource.href());
                if (push == null) {
                    continue;
                }
                PulledEvent event = format.read(resource.calendarData());
                if (dryRun) {
                    continue;
                }
                Optional<String> line;
                List<CalendarPush> saved = new ArrayList<>(1);
                try {
                    line = storage.transact(repos -> {
                    Optional<MentorshipSession> found = repos.sessions().findById(push.sessionId())
                            .filter(s -> s.createdAt().equals(push.sessionCreatedAt()) && s.isPublished());
                    if (found.isEmpty()) {
                        return Optional.<String>empty();
                    }
                    MentorshipSession session = found.get();
                    DescribedSession view = sessions.describe(repos, List.of(session)).get(0);
                    String mentor = view.mentor() == null ? "" : view.mentor().email();
                    List<PulledEvent.Attendee> others = event.attendees().stream()
                            .filter(a -> !a.email().equalsIgnoreCase(mentor)).toList();
                    Optional<String> change;
                    if (view.mentee() == null) {
                        Optional<PulledEvent.Attendee> booking = others.stream()
                                .filter(a -> !a.partStat().equals("DECLINED")).findFirst();
                        if (booking.isEmpty()) {
                            return Optional.<String>empty();
                        }
                        List<String> said = new ArrayList<>();
                        Person mentee = repos.people().findByEmail(booking.get().email()).orElseGet(() -> {
                            said.add("new mentee " + booking.get().email() + " (from a booking on the team calendar)");
                            String name = booking.get().name().isEmpty() ? booking.get().email() : booking.get().name();
                            return directory.savePerson(repos, new DirectoryService.PersonInput(booking.get().email(), name,
                                    Set.of(Role.MENTEE), Set.of()));
                        });
                        sessions.update(repos, Actor.owner(), session.id(), session.details().withMentee(mentee.id()));
                        said.add("booked: " + session.displayTitle() + " (session " + session.id() + ") for " + mentee.email());
                        change = Optional.of(String.join("\n", said));
                    } else {
                        String email = view.mentee().email();
                        Optional<PulledEvent.Attendee> own = others.stream().filter(a -> a.email().equalsIgnoreCase(email)).findFirst();
                        if (own.isPresent() && !own.get().partStat().equals("DECLINED")) {
                            boolean reaccepted = own.get().partStat().equals("ACCEPTED") && push.acceptedStart() != null
                                    && !push.acceptedStart().equals(session.startInstant());
                            if (!reaccepted) {
                                return Optional.<String>empty();
                            }
                            // The mentee accepted the session's new time: recorded, nothing to write back.
                            record(repos, new CalendarPush(push.collectionUrl(), push.href(), push.sessionId(),
                                    push.sessionCreatedAt(), resource.etag(), push.pushedRevision(), push.pushedAt(),
                                    session.startInstant()), saved);
                            return Optional.of("accepted the new time: " + session.displayTitle() + " (session " + session.id()
                                    + "), " + email);
                        }
                        sessions.update(repos, Actor.owner(), session.id(), session.details().withMentee(null));
                        change = Optional.of("freed: " + session.displayTitle() + " (session " + session.id() + "), "
                                + email + (own.isPresent() ? " declined" : " was removed from the event"));
                    }
                    // Not a conflict: the event's ETag is ours now, and the session's new revision goes out.
                    record(repos, new CalendarPush(push.collectionUrl(), push.href(), push.sessionId(),
                            push.sessionCreatedAt(), resource.etag(), push.pushedRevision(), push.pushedAt(), push.acceptedStart()),
                            saved);
                    return change;
                });
                } catch (InvalidInputException e) {
                    lines.add("booking not taken: " + resource.href() + ": " + e.getMessage());
                    continue;
                }
                recorded.addAll(saved); // committed
                if (line.isPresent()) {
                    List<String> said = List.of(line.get().split("\n"));
                    booked += (int) said.stream().filter(l -> l.startsWith("booked: ") || l.startsWith("freed: ")).count();
                    lines.addAll(said);
                }
            }
        }
        return new Outcome(booked, lines, recorded);
    }

    /** Saves {@code push} and notes it in {@code saved}, which counts once its transaction commits. */
    private static void record(Repositories repos, CalendarPush push, List<CalendarPush> saved) {
        repos.calendarPushes().save(push);
        saved.add(push);
    }
}
