package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayEntryView;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Skin;
import org.mentorplanner.domain.MentorshipSession;
import org.mentorplanner.domain.SessionStatus;
import org.mentorplanner.service.format.DisplayFormats;
import org.mentorplanner.ui.editor.EditorChoices;

/**
 * What a screen reader says for a block: "Career chat, Tuesday 1 December, 10:00 to 10:45,
 * Ada Lindqvist, booked by Mia Schulz", with the state the colours and borders show
 * (draft, open for booking, booked, cancelled) in words.
 */
final class BlockDescriptions {

    /** The key under which an entry carries its description (its properties map). */
    static final String KEY = "mentor-planner.accessible-text";
    static final String HELP = "Enter edits it; Alt with the arrow keys moves it; Alt+Shift+Up or Down changes its length.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private BlockDescriptions() {
    }

    /** The sentence for {@code session} in the grid's zone. */
    static String describe(MentorshipSession session, EditorChoices names, ZoneId gridZone) {
        ZonedDateTime start = session.start().withZoneSameInstant(gridZone);
        ZonedDateTime end = session.end().withZoneSameInstant(gridZone);
        StringBuilder text = new StringBuilder(session.displayTitle()).append(", ").append(DAY.format(start))
                .append(", ").append(TIME.format(start)).append(" to ").append(TIME.format(end));
        names.mentor(session.mentorId()).ifPresent(mentor -> text.append(", ").append(mentor.name()));
        if (session.status() == SessionStatus.CANCELLED) {
            text.append(", cancelled");
        } else if (session.details().hasMentee()) {
            text.append(", booked by ").append(names.mentee(session.details().menteeId()).map(p -> p.name()).orElse("a mentee"));
        } else {
            text.append(session.isPublished() ? ", open for booking" : ", draft, not bookable yet");
        }
        return text.toString();
    }

    /** A block view that reads out its entry's sentence (kept up to date as the session changes). */
    static DayEntryView view(Entry<?> entry, DisplayFormats formats) {
        DayEntryView view = new DayEntryView(entry) {
            @Override
            protected Skin<?> createDefaultSkin() {
                return new SessionBlockSkin(this, formats);
            }
        };
        view.setAccessibleRole(AccessibleRole.BUTTON);
        view.setAccessibleHelp(HELP);
        Runnable update = () -> view.setAccessibleText(text(entry));
        entry.getProperties().addListener((MapChangeListener<Object, Object>) change -> update.run());
        update.run();
        return view;
    }

    /** The grid says which block is selected, since the grid (not the block) has the keyboard focus. */
    static void announceSelection(DateControl grid) {
        grid.setAccessibleText("Calendar grid; no block selected. " + PlannerShortcut.SELECT_NEXT.keysText()
                + " and the other arrow keys choose one.");
        grid.getSelections().addListener((SetChangeListener<Entry<?>>) change -> grid.setAccessibleText(
                grid.getSelections().isEmpty() ? "Calendar grid; no block selected."
                        : "Calendar grid; selected: " + String.join("; ", grid.getSelections().stream()
                                                                              .map(BlockDescriptions::text).toList())));
        grid.setAccessibleHelp(HELP);
    }

    private static String text(Entry<?> entry) {
        Object text = entry.getProperties().get(KEY);
        return text instanceof String s ? s : entry.getTitle();
    }
}
