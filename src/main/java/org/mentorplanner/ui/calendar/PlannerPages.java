package org.mentorplanner.ui.calendar;

import com.calendarfx.view.MonthView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.service.format.DisplayFormats;

/**
 * The planner's pages: which one is shown (week, day, month, agenda), the days it spans, its
 * title, stepping back and forth, and the count of sessions it shows in the status bar.
 */
final class PlannerPages {

    /** What a page shows: its days, its title and the name of its count. */
    record Span(LocalDate from, LocalDate to, String title, String countLabel) {
    }

    private final PlannerView view;
    private final SessionGrid grid;
    private final DisplayFormats formats;
    private final Supplier<ZoneId> gridZone;
    /** The month page's counts per day when it is crowded (ADR 0039). */
    private final MonthDigest monthDigest;
    private PlannerPage page = PlannerPage.WEEK;
    private Consumer<PlannerPage> pageListener = p -> { };
    /** Asked to load the days a page shows (with a week either side), once the page or its date changes. */
    private BiConsumer<LocalDate, LocalDate> rangeShown = (from, to) -> { };

    PlannerPages(PlannerView view, SessionGrid grid, DisplayFormats formats, Supplier<ZoneId> gridZone, MonthDigest monthDigest) {
        this.view = view;
        this.monthDigest = monthDigest;
        this.grid = grid;
        this.formats = formats;
        this.gridZone = gridZone;
    }

    /** Called with the page whenever the user switches pages (the app saves it). */
    void setPageListener(Consumer<PlannerPage> listener) {
        this.pageListener = listener;
    }

    /** Called with the days to load whenever the page or its date changes. */
    void whenRangeShown(BiConsumer<LocalDate, LocalDate> load) {
        this.rangeShown = load;
    }

    /** The page shown. */
    PlannerPage current() {
        return page;
    }

    /** Shows {@code target} in the centre. */
    void show(PlannerPage target) {
        page = target;
        view.showPage(target);
        view.markPage(target);
        pageListener.accept(target);
        refreshRange();
    }

    /** One day, week or month forward ({@code 1}) or back ({@code -1}), as the page shows. */
    void step(int direction) {
        LocalDate date = view.week.getDate();
        view.week.setDate(switch (page) {
            case DAY -> date.plusDays(direction);
            case MONTH -> date.plusMonths(direction);
            default -> date.plusWeeks(direction);
        });
    }

    /** What the current page shows. */
    Span span() {
        return span(page, view.week.getDate(), formats);
    }

    static Span span(PlannerPage page, LocalDate date, DisplayFormats formats) {
        return switch (page) {
            case DAY -> new Span(date, date, formats.day(date), "This day");
            case MONTH -> new Span(date.withDayOfMonth(1), date.withDayOfMonth(date.lengthOfMonth()),
                    formats.month(date), "This month");
            case AGENDA -> new Span(date, date.plusDays(PlannerView.AGENDA_DAYS),
                    "From " + formats.day(date), "Next " + PlannerView.AGENDA_DAYS + " days");
            default -> {
                LocalDate first = formats.weekStart(date);
                yield new Span(first, first.plusDays(6), formats.range(first, first.plusDays(6)), "This week");
            }
        };
    }

    /**
     * The longest titles the range label shows in {@code year} on each page, and the week that
     * runs into the next year (the widest): the toolbar keeps room for the widest, so its form and
     * the page buttons do not change as the user steps from week to week. The first week of each
     * month gives every pairing of weekday and month name.
     */
    static List<String> rangeTitles(int year, DisplayFormats formats) {
        List<String> titles = new ArrayList<>();
        for (PlannerPage page : PlannerPage.values()) {
            List<String> pageTitles = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                for (int day = 1; day <= 7; day++) {
                    pageTitles.add(span(page, LocalDate.of(year, month, day), formats).title());
                }
            }
            LocalDate lastWeek = formats.weekStart(LocalDate.of(year, 12, 31));
            pageTitles.add(span(page, lastWeek, formats).title());
            pageTitles.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                      .limit(6).forEach(titles::add);
        }
        return titles;
    }

    /** Shows the page's title, loads its days and counts its sessions. */
    void refreshRange() {
        Span span = span();
        view.rangeLabel.setText(span.title());
        // The month grid also shows the edges of the weeks before and after.
        rangeShown.accept(span.from().minusDays(7), span.to().plusDays(7));
        refreshCounts();
    }

    /**
     * Counts the sessions of the shown mentors on the current page, for the status bar; a crowded
     * month shows its counts per day instead of its sessions ({@link MonthDigest}). Runs after
     * every change of the grid's sessions or of the mentors shown.
     */
    void refreshCounts() {
        Span span = span();
        ZoneId zone = gridZone.get();
        Predicate<MentorshipSession> shown = session -> grid.calendarOf(session.mentorId()).filter(view.week::isCalendarVisible).isPresent();
        SessionCounts counts = SessionCounts.of(grid.sessions(),
                span.from().atStartOfDay(zone).toInstant(), span.to().plusDays(1).atStartOfDay(zone).toInstant(), shown);
        view.counts.setText(counts.describe(span.countLabel()));
        MonthView month = page == PlannerPage.MONTH && view.control(PlannerPage.MONTH) instanceof MonthView m ? m : null;
        // The month grid shows the edges of the weeks before and after too.
        monthDigest.update(month, month == null ? List.of() : grid.sessions().stream().filter(shown).toList(),
                span.from().minusDays(7), span.to().plusDays(7), zone);
    }
}
