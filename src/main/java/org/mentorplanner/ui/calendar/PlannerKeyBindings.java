package org.mentorplanner.ui.calendar;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import org.mentorplanner.domain.MentorshipSession;

/**
 * What each row of {@link PlannerShortcut} does in the planner window. The grid's moves go
 * through the block's interval as a drag does, so the planner saves, refuses or undoes them
 * the same way.
 */
final class PlannerKeyBindings {

    private PlannerKeyBindings() {
    }

    static void install(Scene scene, PlannerView view, PlannerPresenter planner) {
        BlockKeyboard blocks = new BlockKeyboard(view.week, entry -> !entry.getStyleClass().contains(SessionEntries.CANCELLED));
        Map<PlannerShortcut, Runnable> keys = new EnumMap<>(PlannerShortcut.class);
        keys.put(PlannerShortcut.NEW_SESSION, planner::newSession);
        keys.put(PlannerShortcut.FOCUS_GRID, view.week::requestFocus);
        keys.put(PlannerShortcut.EDIT, () -> selected(planner).ifPresent(planner::edit));
        keys.put(PlannerShortcut.DUPLICATE, () -> selected(planner).ifPresent(planner::duplicate));
        keys.put(PlannerShortcut.BULK_DUPLICATE, () -> selected(planner).ifPresent(planner::bulkDuplicate));
        keys.put(PlannerShortcut.DELETE, () -> selected(planner).filter(MentorshipSession::isDraft).ifPresent(planner::delete));
        keys.put(PlannerShortcut.UNDO, planner::undo);
        keys.put(PlannerShortcut.REDO, planner::redo);
        keys.put(PlannerShortcut.PREVIOUS, view.previous::fire);
        keys.put(PlannerShortcut.NEXT, view.next::fire);
        keys.put(PlannerShortcut.TODAY, view.today::fire);
        for (PlannerPage page : PlannerPage.values()) {
            keys.put(PlannerShortcut.valueOf(page.name() + "_PAGE"), () -> planner.showPage(page));
        }
        keys.put(PlannerShortcut.APP_MENU, view.appMenu::show);
        keys.put(PlannerShortcut.ACTIONS_MENU, view.actions::show);
        keys.put(PlannerShortcut.SELECT_NEXT, () -> blocks.selectInDay(1));
        keys.put(PlannerShortcut.SELECT_PREVIOUS, () -> blocks.selectInDay(-1));
        keys.put(PlannerShortcut.SELECT_NEXT_DAY, () -> blocks.selectOtherDay(1));
        keys.put(PlannerShortcut.SELECT_PREVIOUS_DAY, () -> blocks.selectOtherDay(-1));
        keys.put(PlannerShortcut.OPEN, () -> selected(planner).ifPresent(planner::edit));
        keys.put(PlannerShortcut.MOVE_LATER, () -> blocks.moveBySlots(1));
        keys.put(PlannerShortcut.MOVE_EARLIER, () -> blocks.moveBySlots(-1));
        keys.put(PlannerShortcut.MOVE_NEXT_DAY, () -> blocks.moveByDays(1));
        keys.put(PlannerShortcut.MOVE_PREVIOUS_DAY, () -> blocks.moveByDays(-1));
        keys.put(PlannerShortcut.LENGTHEN, () -> blocks.resizeBySlots(1));
        keys.put(PlannerShortcut.SHORTEN, () -> blocks.resizeBySlots(-1));
        PlannerKeys.install(scene, view.week, keys);
        view.keyboardShortcuts.setOnAction(e -> new KeyboardShortcutsDialog().show(scene.getWindow()));
    }

    private static Optional<MentorshipSession> selected(PlannerPresenter planner) {
        return planner.selectedSessions().stream().findFirst();
    }
}
