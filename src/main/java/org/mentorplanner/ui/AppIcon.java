package org.mentorplanner.ui;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.fontawesome.FontAwesome;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The icons of the window's commands, from the Font Awesome pack that CalendarFX brings with
 * Ikonli (no icon jar of our own). A font icon takes the theme's text colour (AtlantaFX styles
 * {@code .ikonli-font-icon}), so it fits the light and the dark look alike.
 */
public enum AppIcon {
    TODAY(FontAwesome.CALENDAR_CHECK_O),
    PREVIOUS(FontAwesome.CHEVRON_LEFT),
    NEXT(FontAwesome.CHEVRON_RIGHT),
    UNDO(FontAwesome.UNDO),
    REDO(FontAwesome.REPEAT),
    MORE(FontAwesome.ELLIPSIS_H),
    NEW(FontAwesome.PLUS),
    MENU(FontAwesome.BARS),
    DAY(FontAwesome.CALENDAR_O),
    WEEK(FontAwesome.CALENDAR),
    MONTH(FontAwesome.TH),
    AGENDA(FontAwesome.LIST),
    MY_SESSIONS(FontAwesome.USER),
    EXPORT(FontAwesome.SHARE_SQUARE_O),
    SYNC(FontAwesome.REFRESH),
    IMPORT(FontAwesome.UPLOAD),
    SETTINGS(FontAwesome.COG),
    KEYBOARD(FontAwesome.KEYBOARD_O),
    EDIT(FontAwesome.PENCIL),
    DUPLICATE(FontAwesome.CLONE),
    BULK_DUPLICATE(FontAwesome.FILES_O),
    PUBLISH(FontAwesome.GLOBE),
    UNPUBLISH(FontAwesome.EYE_SLASH),
    LINK(FontAwesome.LINK),
    REGENERATE(FontAwesome.KEY),
    CANCEL(FontAwesome.BAN),
    DELETE(FontAwesome.TRASH_O),
    SERIES_TIME(FontAwesome.CLOCK_O),
    SERIES_CANCEL(FontAwesome.CALENDAR_TIMES_O),
    COPY_WEEK(FontAwesome.COPY),
    READ_ONLY(FontAwesome.LOCK);

    private final Ikon ikon;

    AppIcon(Ikon ikon) {
        this.ikon = ikon;
    }

    /** A new icon node (a node has one parent, so every control gets its own). */
    public FontIcon graphic() {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    /** Puts this icon before {@code button}'s text. */
    public <B extends ButtonBase> B on(B button) {
        button.setGraphic(graphic());
        return button;
    }

    /** Puts this icon before {@code item}'s text. */
    public <M extends MenuItem> M on(M item) {
        item.setGraphic(graphic());
        return item;
    }
}
