package org.mentorplanner.ui.editor;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.mentorplanner.service.format.DisplayFormats;

/**
 * A date field's text as the user's {@link DisplayFormats} write dates: what the field shows is
 * what it reads back, so what is saved is always what is on screen; ISO dates (2026-12-31) are
 * read too.
 */
public final class LocaleDateFormat {

    private final DisplayFormats formats;

    public LocaleDateFormat(DisplayFormats formats) {
        this.formats = formats;
    }

    /** The date as the field shows it. */
    public String format(LocalDate date) {
        return formats.date(date);
    }

    /** The date {@code text} means in this locale (or in ISO form), if it is one. */
    public Optional<LocalDate> parse(String text) {
        return formats.parseDate(text);
    }

    /** What to tell the user about {@code text} that is not a date: how to write one. */
    public String problem(String text) {
        return formats.dateProblem(text);
    }

    /**
     * A converter for a {@link javafx.scene.control.DatePicker}: text that is no date gives
     * {@code current} (the picker's value as it is), so the picker neither throws nor clears the
     * text; the editor marks such text as wrong instead.
     */
    public StringConverter<LocalDate> converter(Supplier<LocalDate> current) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return parse(text).orElseGet(current);
            }
        };
    }

    /**
     * Makes {@code picker} write and read dates with {@code formats}. Its popup starts weeks on the
     * first day of the JVM's format locale, which the app sets to {@code formats.locale()} when it
     * starts ({@code app.PlannerWindow}), the same day the grid starts on.
     */
    public static void apply(DatePicker picker, DisplayFormats formats) {
        picker.setConverter(new LocaleDateFormat(formats).converter(picker::getValue));
    }
}
