package org.mentorplanner.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.EntryViewBase;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * Rubber-band selection of blocks on a day or week view: Shift+drag that starts on empty grid
 * draws a band, and on release every block it touches joins the view's selection (so "Bulk
 * duplicate…" acts on all of them). CalendarFX has no such selection of its own, and a plain
 * drag on empty grid is its drag-to-create; the lasso takes only Shift-drags that start outside
 * any block, so drag-to-create and Shift-click on a block work as before (ADR 11).
 */
final class BlockLasso {

    private final DateControl control;
    private final Pane layer;
    private final Rectangle band = new Rectangle();
    private Point2D anchor;
    /** A lasso just ended: the click the scene sends after the release is ours too. */
    private boolean swallowClick;

    /** The band is drawn in {@code layer}, a pane that holds {@code control}. */
    private BlockLasso(DateControl control, Pane layer) {
        this.control = control;
        this.layer = layer;
        band.getStyleClass().add("lasso");
        band.setManaged(false);
        band.setMouseTransparent(true);
    }

    /** Lets Shift+drag on {@code control}'s empty grid select blocks, drawing the band in {@code layer}. */
    static void install(DateControl control, Pane layer) {
        BlockLasso lasso = new BlockLasso(control, layer);
        control.addEventFilter(MouseEvent.MOUSE_PRESSED, lasso::pressed);
        control.addEventFilter(MouseEvent.MOUSE_DRAGGED, lasso::dragged);
        control.addEventFilter(MouseEvent.MOUSE_RELEASED, lasso::released);
        control.addEventFilter(MouseEvent.MOUSE_CLICKED, lasso::clicked);
    }

    private void pressed(MouseEvent event) {
        swallowClick = false;
        if (event.getButton() != MouseButton.PRIMARY || !event.isShiftDown() || onBlock(event)) {
            return;
        }
        anchor = layer.sceneToLocal(event.getSceneX(), event.getSceneY());
        stretchTo(anchor);
        layer.getChildren().add(band);
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (anchor != null) {
            stretchTo(layer.sceneToLocal(event.getSceneX(), event.getSceneY()));
            event.consume();
        }
    }

    private void released(MouseEvent event) {
        if (anchor == null) {
            return;
        }
        stretchTo(layer.sceneToLocal(event.getSceneX(), event.getSceneY()));
        control.getSelections().addAll(blocksTouching(layer.localToScene(band.getBoundsInParent())));
        layer.getChildren().remove(band);
        anchor = null;
        swallowClick = true;
        event.consume();
    }

    private void clicked(MouseEvent event) {
        if (swallowClick) {
            // Otherwise the view treats it as a click on empty grid and clears the selection.
            swallowClick = false;
            event.consume();
        }
    }

    private void stretchTo(Point2D corner) {
        band.setX(Math.min(anchor.getX(), corner.getX()));
        band.setY(Math.min(anchor.getY(), corner.getY()));
        band.setWidth(Math.abs(corner.getX() - anchor.getX()));
        band.setHeight(Math.abs(corner.getY() - anchor.getY()));
    }

    /** The entries of the visible blocks under {@code sceneBand}. */
    private List<Entry<?>> blocksTouching(Bounds sceneBand) {
        List<Entry<?>> touched = new ArrayList<>();
        collect(control, sceneBand, touched);
        return touched;
    }

    private static void collect(Parent parent, Bounds sceneBand, List<Entry<?>> touched) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof EntryViewBase<?> block) {
                if (block.localToScene(block.getLayoutBounds()).intersects(sceneBand)) {
                    touched.add(block.getEntry());
                }
            } else if (child instanceof Parent inner) {
                collect(inner, sceneBand, touched);
            }
        }
    }

    private static boolean onBlock(MouseEvent event) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (node instanceof EntryViewBase) {
                return true;
            }
        }
        return false;
    }
}
