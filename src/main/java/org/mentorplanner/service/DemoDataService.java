package org.mentorplanner.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.InvalidInputException;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.DirectoryService.LocationInput;
import org.mentorplanner.service.DirectoryService.PersonInput;
import org.mentorplanner.service.port.Repositories;
import org.mentorplanner.service.port.Storage;

/**
 * A realistic sample organisation for trying the app: offices in five time zones and an online
 * room, a coordinator, eight mentors, twenty mentees in four groups, and two weeks of sessions
 * (this week and the next) in every state: drafts, open published slots, booked sessions and one
 * cancellation. Only for a fresh database; all or nothing.
 */
@Singleton
public class DemoDataService {

    /** What {@link #fill} created. */
    public record Summary(int locations, int people, int groups, int sessions, LocalDate firstMonday) {
    }

    private record Office(String name, String zone) {
    }

    private record Mentor(String name, String office, String group, String topic) {
    }

    private record Mentee(String name, String groups) {
    }

    /** One weekly block of every mentor: day offset from Monday, local time at the mentor's office, minutes, method. */
    private record Slot(int day, LocalTime time, int minutes, EnrollmentMethod method, String title) {
    }

    static final String ONLINE_ROOM = "Online";
    static final String COORDINATOR = "Grace Okafor";

    private static final List<Office> OFFICES = List.of(
            new Office("Berlin office", "Europe/Berlin"),
            new Office("London hub", "Europe/London"),
            new Office("New York office", "America/New_York"),
            new Office("Bangalore campus", "Asia/Kolkata"),
            new Office("Sydney office", "Australia/Sydney"));

    private static final List<Mentor> MENTORS = List.of(
            new Mentor("Ada Lindqvist", "Berlin office", "Women in Tech", "Career growth"),
            new Mentor("Jonas Weber", "Berlin office", "New joiners 2026", "Onboarding check-in"),
            new Mentor("Priya Raman", "Bangalore campus", "Data Science track", "Machine learning clinic"),
            new Mentor("Arjun Mehta", "Bangalore campus", null, "System design"),
            new Mentor("Marcus Bell", "New York office", "Leadership circle", "Leading a team"),
            new Mentor("Sofia Alvarez", "New York office", "Women in Tech", "Product thinking"),
            new Mentor("Olivia Chen", "Sydney office", "Data Science track", "Data visualisation"),
            new Mentor("Tom Hughes", "London hub", null, "Public speaking"));

    private static final List<Mentee> MENTEES = List.of(
            new Mentee("Mia Schulz", "Women in Tech;New joiners 2026"),
            new Mentee("Lukas Braun", "New joiners 2026"),
            new Mentee("Aisha Khan", "Data Science track"),
            new Mentee("Ravi Kumar", "Data Science track"),
            new Mentee("Ananya Iyer", "Women in Tech;Data Science track"),
            new Mentee("Daniel Cohen", "Leadership circle"),
            new Mentee("Emily Parker", "Women in Tech"),
            new Mentee("Noah Williams", "New joiners 2026"),
            new Mentee("Chloe Martin", "Leadership circle"),
            new Mentee("Liam O'Brien", ""),
            new Mentee("Hannah Fischer", "Women in Tech"),
            new Mentee("Kenji Tanaka", "Data Science track"),
            new Mentee("Zoe Nguyen", "New joiners 2026"),
            new Mentee("Samuel Adeyemi", "Leadership circle"),
            new Mentee("Isabella Rossi", ""),
            new Mentee("Mateo Garcia", "New joiners 2026"),
            new Mentee("Fatima Al-Sayed", "Women in Tech"),
            new Mentee("Oscar Lindgren", ""),
            new Mentee("Ella Thompson", "Data Science track"),
            new Mentee("Jack Wilson", "Leadership circle"));

    private static final List<Slot> WEEKLY = List.of(
            new Slot(0, LocalTime.of(10, 0), 45, EnrollmentMethod.IN_PERSON, null),
            new Slot(1, LocalTime.of(15, 0), 60, EnrollmentMethod.ONLINE, "Open office hour"),
            new Slot(2, LocalTime.of(9, 30), 30, EnrollmentMethod.BOTH, "Goal setting"),
            new Slot(3, LocalTime.of(13, 0), 45, EnrollmentMethod.ONLINE, null));

    private final Storage storage;
    private final Clock clock;
    private final DirectoryService directory;
    private final SessionService sessions;

    @Inject
    public DemoDataService(Storage storage, Clock clock, DirectoryService directory, SessionService sessions) {
        this.storage = storage;
        this.clock = clock;
        this.directory = directory;
        this.sessions = sessions;
    }

    /** Fills the database with sessions in this week and the next; refused if it already has people. */
    public Summary fill() {
        return fill(LocalDate.now(clock));
    }

    /** Fills the database with sessions in the week of {@code day} and the next; refused if it already has people. */
    public Summary fill(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return storage.transact(repos -> {
            long existing = repos.people().count();
            if (existing > 0) {
                throw new InvalidInputException("This database already has " + existing + (existing == 1 ? " person" : " people")
                        + "; demo data goes only into a fresh database: pick a new file with --db.");
            }
            Map<String, Location> locations = new LinkedHashMap<>();
            for (Office office : OFFICES) {
                locations.put(office.name(), directory.saveLocation(repos, new LocationInput(office.name(), office.zone(), "in-person")));
            }
            locations.put(ONLINE_ROOM, directory.saveLocation(repos, new LocationInput(ONLINE_ROOM, "UTC", "online")));

            Person coordinator = directory.savePerson(repos, new PersonInput(email(COORDINATOR), COORDINATOR,
                    Set.of(Role.COORDINATOR), Set.of()));
            List<Person> mentors = new ArrayList<>();
            for (Mentor mentor : MENTORS) {
                mentors.add(directory.savePerson(repos, new PersonInput(email(mentor.name()), mentor.name(), Set.of(Role.MENTOR),
                        mentor.group() == null ? Set.of() : Set.of(mentor.group()))));
            }
            List<Person> mentees = new ArrayList<>();
            for (Mentee mentee : MENTEES) {
                mentees.add(directory.savePerson(repos, new PersonInput(email(mentee.name()), mentee.name(), Set.of(Role.MENTEE),
                        Set.of(mentee.groups().split(";")))));
            }
            repos.settings().put(SettingsService.MY_EMAIL, coordinator.email());

            MenteePicker picker = new MenteePicker(repos, mentees);
            int created = 0;
            for (int week = 0; week < 2; week++) {
                for (int m = 0; m < MENTORS.size(); m++) {
                    for (int s = 0; s < WEEKLY.size(); s++) {
                        createSession(repos, locations, picker, monday.plusWeeks(week), week, m, mentors.get(m), s);
                        created++;
                    }
                }
            }
            return new Summary(locations.size(), 1 + mentors.size() + mentees.size(), repos.groups().findAll().size(), created, monday);
        });
    }

    private void createSession(Repositories repos, Map<String, Location> locations, MenteePicker picker,
                               LocalDate monday, int week, int mentorIndex, Person mentor, int slotIndex) {
        Mentor profile = MENTORS.get(mentorIndex);
        Slot slot = WEEKLY.get(slotIndex);
        Location office = locations.get(profile.office());
        // Spread the mentors' blocks over the working week.
        LocalDateTime atOffice = monday.plusDays((slot.day() + mentorIndex) % 5).atTime(slot.time());
        boolean online = slot.method() == EnrollmentMethod.ONLINE;
        Location location = online ? locations.get(ONLINE_ROOM) : office;
        LocalDateTime start = online ? toZone(atOffice, office.zone(), location.zone()) : atOffice;
        String url = slot.method().needsMeetingUrl() ? "https://meet.example.org/" + slug(profile.name()) : null;
        String place = slot.method() == EnrollmentMethod.ONLINE ? null : "Meeting room " + (slotIndex + 1) + "." + (mentorIndex + 1);
        Set<Long> groups = new HashSet<>();
        if (slotIndex == 0 && profile.group() != null) {
            groups.add(repos.groups().findByName(profile.group()).map(Group::id).orElseThrow());
        }
        String title = slot.title() != null ? slot.title() : profile.topic();
        String notes = slotIndex == 0 ? "Bring one question you are stuck on." : "";

        // This week: everything published, the first and third block booked, one booked session cancelled.
        // Next week: the first block published (booked for every other mentor), the office hour open, the rest drafts.
        boolean publish = week == 0 || slotIndex <= 1;
        boolean book = week == 0 ? slotIndex == 0 || slotIndex == 2 : slotIndex == 0 && mentorIndex % 2 == 0;
        Long mentee = book ? picker.next(profile.group() != null && slotIndex == 0 ? profile.group() : null).id() : null;

        SessionDetails details = new SessionDetails(mentor.id(), mentee, location.id(), start, Duration.ofMinutes(slot.minutes()),
                slot.method(), url, place, groups, title, notes);
        MentorshipSession session = sessions.create(repos, Actor.owner(), details, publish, null).session();
        if (week == 0 && mentorIndex == 4 && slotIndex == 2) {
            repos.sessions().update(session.withStatus(SessionStatus.CANCELLED, null).revised(clock.instant()));
        }
    }

    private static LocalDateTime toZone(LocalDateTime local, ZoneId from, ZoneId to) {
        return local.atZone(from).withZoneSameInstant(to).toLocalDateTime();
    }

    private static String email(String name) {
        return slug(name).replace('-', '.') + "@example.org";
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace("'", "").replace(' ', '-');
    }

    /** Hands out mentees in turn, so bookings spread over everyone; from a group when the session is restricted to it. */
    private static final class MenteePicker {

        private final List<Person> mentees;
        private final Map<Long, Set<Long>> groupsOf = new LinkedHashMap<>();
        private final Repositories repos;
        private int next;

        MenteePicker(Repositories repos, List<Person> mentees) {
            this.repos = repos;
            this.mentees = mentees;
            for (Person mentee : mentees) {
                groupsOf.put(mentee.id(), repos.people().groupsOf(mentee.id()));
            }
        }

        Person next(String group) {
            Long groupId = group == null ? null : repos.groups().findByName(group).map(Group::id).orElseThrow();
            for (int tried = 0; tried < mentees.size(); tried++) {
                Person candidate = mentees.get(next++ % mentees.size());
                if (groupId == null || groupsOf.get(candidate.id()).contains(groupId)) {
                    return candidate;
                }
            }
            throw new IllegalStateException("no mentee in group " + group);
        }
    }
}
