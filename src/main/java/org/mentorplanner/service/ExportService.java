package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mentorplanner.domain.Audience;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.NotFoundException;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.SessionQuery;
import org.mentorplanner.service.port.Storage;

/**
 * Exports booking links for an audience: picks the sessions the audience may see, has them
 * rendered in the chosen format and writes the files into a folder. Safe to run as a background
 * task: the database is read in one transaction and progress is reported as it goes.
 *
 * <p>Which sessions are exported: published ones only, never drafts. ICS also carries cancelled
 * sessions (STATUS:CANCELLED), so calendars subscribed to an earlier export drop them; CSV and
 * JSON list open and booked sessions; the HTML booking pages only open slots that have not
 * started yet.
 */
@Singleton
public class ExportService {

    private final Storage storage;
    private final Clock clock;
    private final SessionService sessions;
    private final ExportRenderer renderer;

    @Inject
    public ExportService(Storage storage, Clock clock, SessionService sessions, ExportRenderer renderer) {
        this.storage = storage;
        this.clock = clock;
        this.sessions = sessions;
        this.renderer = renderer;
    }

    /**
     * Runs a whole export.
     *
     * @throws InvalidInputException for an unknown audience or mentor, a bad date range, or a folder that cannot be used
     */
    public ExportResult export(ExportRequest request, WorkProgress progress) {
        progress.update("Reading sessions", 0, 1);
        ExportSelection selection = select(request);
        List<ExportFile> files = renderer.render(request.format(), selection, progress);
        ExportFolder.Outcome outcome = new ExportFolder(request.folder()).write(files, progress);
        return new ExportResult(request.folder(), request.format(), selection.audience().label(),
                selection.sessions().size(), files.size(), outcome.written(), outcome.unchanged(), outcome.removed());
    }

    /**
     * What {@link ExportRequest#audience()} may be, for a dialog's choice box: "everyone", then every
     * group name, then every mentee's email, each list in name order.
     */
    public List<String> audienceChoices() {
        return storage.transact(repos -> {
            List<String> choices = new ArrayList<>();
            choices.add(ExportRequest.EVERYONE);
            repos.groups().findAll().forEach(group -> choices.add(group.name()));
            repos.people().findMentees().forEach(mentee -> choices.add(mentee.email()));
            return choices;
        });
    }

    /** The sessions {@code request} exports, resolved and filtered, without writing anything. */
    public ExportSelection select(ExportRequest request) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate from = request.from() != null ? request.from() : LocalDate.ofInstant(now, zone);
        LocalDate to = request.to();
        if (to != null && to.isBefore(from)) {
            throw new InvalidInputException("The range ends (" + to + ") before it starts (" + from + "): "
                    + "choose a last day on or after the first day.");
        }
        Set<SessionStatus> statuses = request.format() == ExportFormat.ICS
                ? Set.of(SessionStatus.PUBLISHED, SessionStatus.CANCELLED)
                : Set.of(SessionStatus.PUBLISHED);
        return storage.transact(repos -> {
            Audience audience = audience(repos, request.audience());
            List<Person> mentors = mentors(repos, request.mentorEmails());
            // No mentor named: every mentor's sessions, also of someone who has since lost the role.
            Set<Long> mentorIds = new LinkedHashSet<>();
            if (!request.mentorEmails().isEmpty()) {
                mentors.forEach(mentor -> mentorIds.add(mentor.id()));
            }
            Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
            SessionQuery query = SessionQuery.all().withMentors(mentorIds)
                                             .between(from.atStartOfDay(zone).toInstant(), end)
                                             .withStatuses(statuses);
            List<MentorshipSession> visible = new ArrayList<>();
            // The repository returns them ordered by start, then id: the order every format lists them in.
            for (MentorshipSession session : repos.sessions().find(query)) {
                if (audience.maySee(session) && (request.format() != ExportFormat.HTML || isBookable(session, now))) {
                    visible.add(session);
                }
            }
            List<DescribedSession> views = sessions.describe(repos, visible).stream().map(view -> withoutForeignMentee(audience, view)).toList();
            return new ExportSelection(audience, mentors, views, from, to, now,
                    request.icsPerMentor());
        });
    }

    /** The view as {@code audience} may see it: a booking by somebody else shows as booked, without their name or email. */
    private static DescribedSession withoutForeignMentee(Audience audience, DescribedSession view) {
        if (view.mentee() == null || audience.namesMenteeOf(view.session())) {
            return view;
        }
        return new DescribedSession(view.session(), view.mentor(), null, view.location(), view.groups(), view.bookingUrl());
    }

    /** Booking pages list what can still be booked: open slots that have not started. */
    private static boolean isBookable(MentorshipSession session, Instant now) {
        return session.isPublished() && !session.isBooked() && session.startInstant().isAfter(now);
    }

    /** Resolves "everyone", an email (a mentee) or a group name. */
    static Audience audience(Repositories repos, String text) {
        String key = text.strip();
        if (key.isEmpty() || key.toLowerCase(Locale.ROOT).equals(ExportRequest.EVERYONE)) {
            return new Audience.Everyone();
        }
        if (key.contains("@")) {
            Person person = repos.people().findByEmail(key).orElseThrow(() -> new NotFoundException(
                    "No person with email " + key + ": the audience must be everyone, a group name or a mentee's email."));
            return new Audience.Mentee(person, repos.people().groupsOf(person.id()));
        }
        return repos.groups().findByName(key).<Audience>map(Audience.Members::new).orElseThrow(() -> new NotFoundException(
                "No group named '" + key + "'. The audience must be everyone, a mentee's email or one of the groups: "
                        + names(repos.groups().findAll().stream().map(Group::name).toList()) + "."));
    }

    /** The named mentors, or every mentor when none is named. */
    private static List<Person> mentors(Repositories repos, List<String> emails) {
        if (emails.isEmpty()) {
            return repos.people().findMentors();
        }
        Set<Person> mentors = new LinkedHashSet<>();
        for (String email : emails) {
            Person person = repos.people().findByEmail(email.strip()).orElseThrow(() -> new NotFoundException(
                    "No person with email " + email.strip() + ": --mentor takes a mentor's email."));
            if (!person.isMentor()) {
                throw new InvalidInputException(person.displayName() + " is not a mentor, so has no sessions to export.");
            }
            mentors.add(person);
        }
        return mentors.stream().sorted(Comparator.comparing(Person::name).thenComparing(Person::id)).toList();
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "none yet" : String.join(", ", names);
    }
}
