package org.mentorplanner.bench.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.SessionDetails;
import org.mentorplanner.domain.recurrence.Frequency;
import org.mentorplanner.domain.recurrence.Recurrence;
import org.mentorplanner.domain.recurrence.RecurrenceEnd;
import org.mentorplanner.service.DemoDataService;
import org.mentorplanner.service.DirectoryService;
import org.mentorplanner.service.DirectoryService.PersonInput;
import org.mentorplanner.service.DuplicationRequest;
import org.mentorplanner.service.DuplicationService;
import org.mentorplanner.service.SessionService;
import org.mentorplanner.service.port.SessionQuery;

/**
 * Writes the database of the startup benchmark ({@code bench/startup.sh}) through the app's
 * services: the demo organisation (offices in five zones, 20 mentees, groups) plus two mentors,
 * so 10 mentors with 8 sessions each per week, 125 weeks centred on the current one: exactly
 * 10,000 sessions, 80 of them in the week the app opens on.
 *
 * <p>Usage: {@code StartupDatabase FILE} (FILE must not exist yet).
 */
public final class StartupDatabase {

    static final int TOTAL = 10_000;
    static final int WEEKS_BEFORE_NOW = 62;
    /** Every source week is copied every two weeks: week 0's sources 62 times, week 1's 61 times (weeks 0 to 124). */
    private static final int EVEN_WEEK_COPIES = 62;
    private static final int ODD_WEEK_COPIES = 61;

    private StartupDatabase() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: StartupDatabase FILE");
            System.exit(2);
        }
        // No Guice AOP here either (see Launcher): keeps JDK 24+ from warning about sun.misc.Unsafe.
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        Path file = Path.of(args[0]);
        if (Files.exists(file)) {
            System.err.println(file + " exists already; give a new file");
            System.exit(2);
        }
        // The app under measurement opens on the computer's today, so the file is built around it.
        Clock computer = Clock.systemDefaultZone();
        LocalDate thisMonday = LocalDate.now(computer).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(WEEKS_BEFORE_NOW);
        try (GuiceWorkspace workspace = GuiceWorkspace.open(file, computer)) {
            workspace.service(DemoDataService.class).fill(firstMonday);
            SessionService sessions = workspace.service(SessionService.class);
            DirectoryService directory = workspace.service(DirectoryService.class);

            // Every mentor gets an afternoon block four hours after each of their demo blocks.
            List<MentorshipSession> demo = sessions.list(SessionQuery.all());
            for (MentorshipSession session : demo) {
                SessionDetails twin = session.details().withMentee(null)
                                             .withLocalStart(session.details().localStart().plusHours(4));
                sessions.create(Actor.owner(), twin, !session.isDraft());
            }
            // Two more mentors, with the weeks of the first two demo mentors.
            List<Person> demoMentors = directory.mentors();
            Person kwame = directory.savePerson(new PersonInput("kwame.mensah@example.org", "Kwame Mensah",
                    Set.of(Role.MENTOR), Set.of()));
            Person lea = directory.savePerson(new PersonInput("lea.novak@example.org", "Lea Novak",
                    Set.of(Role.MENTOR), Set.of()));
            for (MentorshipSession session : sessions.list(SessionQuery.all())) {
                long mentor = session.details().mentorId();
                Person newMentor = mentor == demoMentors.get(0).id() ? kwame : mentor == demoMentors.get(1).id() ? lea : null;
                if (newMentor != null) {
                    sessions.create(Actor.owner(), session.details().withMentee(null).withMentor(newMentor.id()),
                            !session.isDraft());
                }
            }

            // Copy both source weeks every two weeks: published ones published with their mentee, drafts as drafts.
            List<MentorshipSession> sources = sessions.list(SessionQuery.all());
            DuplicationService duplication = workspace.service(DuplicationService.class);
            for (int week = 0; week < 2; week++) {
                LocalDate monday = firstMonday.plusWeeks(week);
                int copies = week == 0 ? EVEN_WEEK_COPIES : ODD_WEEK_COPIES;
                Predicate<MentorshipSession> inWeek = s -> {
                    LocalDate day = s.start().withZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
                    return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1));
                };
                for (boolean drafts : new boolean[] {false, true}) {
                    List<Long> ids = new ArrayList<>();
                    sources.stream().filter(inWeek).filter(s -> s.isDraft() == drafts).forEach(s -> ids.add(s.id()));
                    if (ids.isEmpty()) {
                        continue;
                    }
                    Recurrence recurrence = new Recurrence(Frequency.everyWeeks(2), RecurrenceEnd.count(copies));
                    duplication.run(Actor.owner(), DuplicationRequest.of(ids, recurrence)
                                                                     .publishing(!drafts).keepingMentee(!drafts));
                }
            }

            List<MentorshipSession> all = sessions.list(SessionQuery.all());
            var now = thisMonday.atStartOfDay(ZoneId.systemDefault()).toInstant();
            var nextWeek = thisMonday.plusWeeks(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
            long thisWeek = all.stream().filter(s -> !s.startInstant().isBefore(now) && s.startInstant().isBefore(nextWeek)).count();
            System.out.println("Wrote " + file + ": " + all.size() + " sessions of " + directory.mentors().size()
                    + " mentors from " + all.get(0).start().toLocalDate() + " to " + all.get(all.size() - 1).start().toLocalDate()
                    + "; " + thisWeek + " in the week of " + thisMonday + ".");
            if (all.size() != TOTAL) {
                System.err.println("expected " + TOTAL + " sessions, wrote " + all.size());
                System.exit(1);
            }
        }
    }
}
