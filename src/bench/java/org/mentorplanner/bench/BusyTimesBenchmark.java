package org.mentorplanner.bench;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.mentorplanner.app.GuiceWorkspace;
import org.mentorplanner.busy.IcsBusyParser;
import org.mentorplanner.domain.Actor;
import org.mentorplanner.domain.Person;
import org.mentorplanner.domain.Role;
import org.mentorplanner.domain.busy.BusyBlock;
import org.mentorplanner.domain.busy.BusyInterval;
import org.mentorplanner.domain.busy.BusySource;
import org.mentorplanner.domain.busy.BusySourceKind;
import org.mentorplanner.service.BusyService;
import org.mentorplanner.service.DirectoryService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 12's first speed goal. A 5-year calendar (2024 to 2028) of 10,000 events, 200 of them
 * recurring series (weekly on one to three weekdays, daily on weekdays, monthly by weekday; a
 * third with COUNT, a third with UNTIL, a third open-ended), split over 10 mentors (1,000
 * events and 20 series each), in Europe/Berlin with its VTIMEZONE as Google writes it. Measured:
 * the busy intervals of one week (Monday 2026-12-07, UTC) for all 10 mentors
 * <ul>
 *   <li>{@code weekFromLocalCopy}: what the planner does: {@code BusyService.busy} reads them
 *       from the local copies (made once in the set-up by refreshing each source);</li>
 *   <li>{@code ical4jBareExpansion}: ical4j expanding the same events for that week, bare:
 *       {@code calculateRecurrenceSet} on every VEVENT of the 10 calendars, parsed once in the
 *       set-up;</li>
 *   <li>{@code parseAndExpandWeek}: for scale, the whole read of a source without the store:
 *       parsing the 10 texts and expanding them for the week with {@link IcsBusyParser}.</li>
 * </ul>
 * Goal: {@code weekFromLocalCopy} within 1.5x of {@code ical4jBareExpansion} and under 20 ms.
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BusyTimesBenchmark {

    static final int MENTORS = 10;
    static final int EVENTS_PER_MENTOR = 1_000;
    static final int SERIES_PER_MENTOR = 20;
    static final Instant WEEK = Instant.parse("2026-12-07T00:00:00Z");
    static final Instant WEEK_END = Instant.parse("2026-12-14T00:00:00Z");
    /** The copies are made as of this time: their window (92 days back, 2 years ahead) holds the week. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final String[] WEEKDAYS = {"MO", "TU", "WE", "TH", "FR"};

    @State(Scope.Benchmark)
    public static class Calendars {
        Path folder;
        GuiceWorkspace workspace;
        BusyService busy;
        Set<Long> mentorIds;
        List<String> texts = new ArrayList<>();
        List<List<VEvent>> parsed = new ArrayList<>();
        Period<ZonedDateTime> week = new Period<>(WEEK.atZone(ZoneOffset.UTC), WEEK_END.atZone(ZoneOffset.UTC));
        final IcsBusyParser parser = new IcsBusyParser();
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long cpuAtStart;
        private long cpuNanos;
        private int calls;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            folder = Files.createTempDirectory("busy-times-bench");
            workspace = GuiceWorkspace.open(folder.resolve("planner.db"), CLOCK);
            busy = workspace.service(BusyService.class);
            DirectoryService directory = workspace.service(DirectoryService.class);
            Random random = new Random(12);
            List<Long> ids = new ArrayList<>();
            long refreshNanos = 0;
            int stored = 0;
            for (int m = 0; m < MENTORS; m++) {
                Person mentor = directory.savePerson(new DirectoryService.PersonInput(
                        "mentor" + m + "@example.org", "Mentor " + m, Set.of(Role.MENTOR), Set.of()));
                ids.add(mentor.id());
                String text = calendar(m, random);
                texts.add(text);
                Path file = Files.writeString(folder.resolve("mentor" + m + ".ics"), text);
                BusySource source = busy.add(Actor.owner(), mentor.email(), BusySourceKind.ICS_FILE, file.toString(), "");
                long start = System.nanoTime();
                var refresh = busy.refresh(source.id(), "");
                refreshNanos += System.nanoTime() - start;
                if (refresh.failed()) {
                    throw new IllegalStateException(refresh.message());
                }
                stored += refresh.source().copy().intervals();
                Calendar calendar = new CalendarBuilder().build(new StringReader(text));
                parsed.add(calendar.getComponents().stream().filter(c -> c instanceof VEvent).map(c -> (VEvent) c).toList());
            }
            mentorIds = Set.copyOf(ids);
            System.out.printf("%n    set-up: 10 sources refreshed (parse, expand 2 years and 3 months, store %d intervals) in %.0f ms%n",
                    stored, refreshNanos / 1e6);
            // Both ways must agree on how much is busy that week (the parser also drops free events: none here).
            List<BusyBlock> fromCopy = busy.busy(mentorIds, WEEK, WEEK_END);
            int bare = 0;
            for (List<VEvent> events : parsed) {
                for (VEvent event : events) {
                    bare += event.calculateRecurrenceSet(week).size();
                }
            }
            if (fromCopy.size() != bare) {
                throw new IllegalStateException("local copy has " + fromCopy.size() + " intervals in the week, ical4j " + bare);
            }
            System.out.printf("    the week holds %d busy intervals of the 10 mentors%n", bare);
        }

        /** One mentor's 1,000 events: 20 series and 980 single events, spread over 2024 to 2028. */
        static String calendar(int mentor, Random random) {
            StringBuilder ics = new StringBuilder(200_000);
            ics.append("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n")
               .append("X-WR-TIMEZONE:Europe/Berlin\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\n")
               .append("TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n")
               .append("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\n")
               .append("TZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n")
               .append("END:STANDARD\r\nEND:VTIMEZONE\r\n");
            LocalDateTime first = LocalDateTime.parse("2024-01-01T00:00");
            for (int i = 0; i < EVENTS_PER_MENTOR; i++) {
                LocalDateTime start = first.plusDays(random.nextInt(5 * 365)).withHour(7 + random.nextInt(11))
                                           .withMinute(random.nextBoolean() ? 0 : 30);
                int minutes = 30 * (1 + random.nextInt(4));
                ics.append("BEGIN:VEVENT\r\nUID:m").append(mentor).append("-e").append(i).append("@bench\r\n")
                   .append("DTSTAMP:20260101T000000Z\r\n")
                   .append("DTSTART;TZID=Europe/Berlin:").append(start.format(LOCAL)).append("\r\n")
                   .append("DTEND;TZID=Europe/Berlin:").append(start.plusMinutes(minutes).format(LOCAL)).append("\r\n");
                if (i < SERIES_PER_MENTOR) {
                    ics.append("RRULE:").append(rule(i, random)).append("\r\n");
                }
                ics.append("SUMMARY:Event ").append(i).append("\r\nEND:VEVENT\r\n");
            }
            return ics.append("END:VCALENDAR\r\n").toString();
        }

        private static String rule(int series, Random random) {
            String frequency = switch (series % 4) {
                case 0, 1 -> "FREQ=WEEKLY;BYDAY=" + WEEKDAYS[random.nextInt(5)] + (series % 2 == 0 ? "," + WEEKDAYS[random.nextInt(5)] : "");
                case 2 -> "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR";
                default -> "FREQ=MONTHLY;BYDAY=" + (1 + random.nextInt(3)) + WEEKDAYS[random.nextInt(5)];
            };
            return frequency + switch (series % 3) {
                case 0 -> ";COUNT=" + (50 + random.nextInt(400));
                case 1 -> ";UNTIL=" + (2026 + random.nextInt(3)) + "1231T235959Z";
                default -> "";
            };
        }

        @Setup(Level.Invocation)
        public void startCpuClock() {
            cpuAtStart = threads.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Invocation)
        public void stopCpuClock() {
            cpuNanos += threads.getCurrentThreadCpuTime() - cpuAtStart;
            calls++;
        }

        @TearDown(Level.Iteration)
        public void printCpuTime() {
            if (calls > 0) {
                System.out.printf("%n    CPU time per call: %.3f ms over %d calls%n", cpuNanos / 1e6 / calls, calls);
            }
            cpuNanos = 0;
            calls = 0;
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            workspace.close();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Benchmark
    public List<BusyBlock> weekFromLocalCopy(Calendars state) {
        return state.busy.busy(state.mentorIds, WEEK, WEEK_END);
    }

    @Benchmark
    public void ical4jBareExpansion(Calendars state, Blackhole sink) {
        for (List<VEvent> events : state.parsed) {
            for (VEvent event : events) {
                sink.consume(event.calculateRecurrenceSet(state.week));
            }
        }
    }

    @Benchmark
    public void parseAndExpandWeek(Calendars state, Blackhole sink) {
        for (String text : state.texts) {
            List<BusyInterval> week = state.parser.parse(text, WEEK, WEEK_END, ZoneId.of("Europe/Berlin"));
            sink.consume(week);
        }
    }
}
