package org.mentorplanner.ui;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.EnrollmentMethod;
import org.mentorplanner.domain.Group;
import org.mentorplanner.domain.Location;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.DirectoryService.LocationInput;
import org.mentorplanner.service.DirectoryService.PersonInput;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.Workspace;

/**
 * A small, realistic organisation for GUI tests and screenshots, created through the services.
 * {@code main(FILE)} fills a database file for looking at the real app.
 */
public final class DemoOrganisation {

    public final Map<String, Person> people;
    public final Map<String, Location> locations;
    public final List<Group> groups;

    private DemoOrganisation(Map<String, Person> people, Map<String, Location> locations, List<Group> groups) {
        this.people = people;
        this.locations = locations;
        this.groups = groups;
    }

    /** People, locations and groups, no sessions. */
    public static DemoOrganisation directory(Workspace workspace) {
        DirectoryService directory = workspace.service(DirectoryService.class);
        List<Location> places = directory.importLocations(List.of(
                new LocationInput("Berlin office", "Europe/Berlin", "in-person"),
                new LocationInput("London office", "Europe/London", "in-person"),
                new LocationInput("New York office", "America/New_York", "in-person"),
                new LocationInput("Bangalore office", "Asia/Kolkata", "in-person"),
                new LocationInput("Zoom", "Europe/Berlin", "online")));
        List<Person> saved = directory.importPeople(List.of(
                new PersonInput("ada@example.org", "Ada Lovelace", Set.of(Role.MENTOR), Set.of("Engineering", "Women in Tech")),
                new PersonInput("grace@example.org", "Grace Hopper", Set.of(Role.MENTOR), Set.of("Engineering")),
                new PersonInput("alan@example.org", "Alan Turing", Set.of(Role.MENTOR), Set.of("Research")),
                new PersonInput("katherine@example.org", "Katherine Johnson", Set.of(Role.MENTOR), Set.of("Research", "Women in Tech")),
                new PersonInput("linus@example.org", "Linus Park", Set.of(Role.MENTOR), Set.of("Product")),
                new PersonInput("mia@example.org", "Mia Chen", Set.of(Role.MENTEE), Set.of("Women in Tech")),
                new PersonInput("noah@example.org", "Noah Okafor", Set.of(Role.MENTEE), Set.of("Engineering")),
                new PersonInput("priya@example.org", "Priya Raman", Set.of(Role.MENTEE), Set.of("Research")),
                new PersonInput("sam@example.org", "Sam Weber", Set.of(Role.MENTEE), Set.of("Product")),
                new PersonInput("olivia@example.org", "Olivia Rossi", Set.of(Role.MENTEE), Set.of("Engineering")),
                new PersonInput("chris@example.org", "Chris Novak", Set.of(Role.COORDINATOR), Set.of())));
        Map<String, Person> byFirstName = new java.util.LinkedHashMap<>();
        saved.forEach(p -> byFirstName.put(p.name().split(" ")[0].toLowerCase(java.util.Locale.ROOT), p));
        Map<String, Location> byName = new java.util.LinkedHashMap<>();
        places.forEach(l -> byName.put(l.name().split(" ")[0].toLowerCase(java.util.Locale.ROOT), l));
        return new DemoOrganisation(byFirstName, byName, directory.groups());
    }

    /** A week of sessions for every mentor, in the week of {@code day}: drafts, published, booked, cancelled. */
    public void fillWeek(Workspace workspace, LocalDate day) {
        SessionService sessions = workspace.service(SessionService.class);
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Actor owner = Actor.owner();
        record Plan(String mentor, int weekday, String time, int minutes, String place, String title, String mentee, String state) {
        }
        List<Plan> plans = List.of(
                new Plan("ada", 0, "09:00", 60, "zoom", "Career chat", "mia", "booked"),
                new Plan("ada", 1, "14:00", 45, "berlin", "Code review clinic", null, "published"),
                new Plan("ada", 3, "10:30", 60, "zoom", "Women in Tech circle", null, "draft"),
                new Plan("grace", 0, "11:00", 90, "london", "Compiler deep dive", "noah", "booked"),
                new Plan("grace", 2, "09:30", 60, "zoom", "Debugging together", null, "published"),
                new Plan("grace", 4, "13:00", 60, "london", "Office hours", null, "cancelled"),
                new Plan("alan", 1, "10:00", 60, "zoom", "Research skills", "priya", "booked"),
                new Plan("alan", 2, "15:00", 45, "berlin", "Paper reading", null, "draft"),
                new Plan("alan", 4, "09:00", 30, "zoom", "Quick check-in", null, "published"),
                new Plan("katherine", 0, "15:30", 60, "new", "Orbital maths", null, "published"),
                new Plan("katherine", 3, "14:30", 60, "zoom", "Promotion prep", "olivia", "booked"),
                new Plan("linus", 1, "16:00", 60, "zoom", "Product thinking", "sam", "booked"),
                new Plan("linus", 2, "11:30", 45, "bangalore", "Roadmap review", null, "draft"),
                new Plan("linus", 4, "11:00", 60, "berlin", "Portfolio feedback", null, "published"));
        for (Plan plan : plans) {
            Location location = locations.get(plan.place());
            boolean online = location.isOnline();
            Long mentee = plan.mentee() == null ? null : people.get(plan.mentee()).id();
            SessionDetails details = new SessionDetails(people.get(plan.mentor()).id(), mentee, location.id(),
                    monday.plusDays(plan.weekday()).atTime(LocalTime.parse(plan.time())), Duration.ofMinutes(plan.minutes()),
                    online ? EnrollmentMethod.ONLINE : EnrollmentMethod.IN_PERSON,
                    online ? "https://zoom.example.org/j/" + (1000 + plan.weekday() * 7 + plan.minutes()) : null,
                    online ? null : "Room " + (2 + plan.weekday()), Set.of(), plan.title(), "");
            MentorshipSession saved = sessions.create(owner, details, !plan.state().equals("draft")).session();
            if (plan.state().equals("cancelled")) {
                sessions.cancel(owner, saved.id());
            }
        }
    }

    /** Fills {@code args[0]} with the demo organisation and this week's sessions. */
    public static void main(String[] args) {
        try (GuiceWorkspace workspace = GuiceWorkspace.open(Path.of(args[0]))) {
            DemoOrganisation demo = directory(workspace);
            demo.fillWeek(workspace, LocalDate.now());
            if (args.length > 1) {
                workspace.service(org.mentorplanner.service.SettingsService.class).setMe(args[1]);
            }
        }
    }
}
