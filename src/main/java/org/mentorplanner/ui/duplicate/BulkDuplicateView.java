package org.mentorplanner.ui.duplicate;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mentorplanner.domain.recurrence.Frequency;
import org.mentorplanner.domain.recurrence.Recurrence;
import org.mentorplanner.service.ConflictPolicy;

/** The bulk duplicate dialog's controls and layout: options on top, the preview table, run controls. */
final class BulkDuplicateView {

    /** Height of a preview row in pixels (the table's rows all have it). */
    static final double ROW_HEIGHT = 26;

    final BorderPane root = new BorderPane();
    final Label heading = new Label();
    final Label sources = new Label();

    final ComboBox<FrequencyChoice> frequency = new ComboBox<>();
    final Spinner<Integer> weeks = new Spinner<>(2, Frequency.MAX_WEEKS, 2);
    final ToggleGroup endGroup = new ToggleGroup();
    final RadioButton endAfter = new RadioButton("After");
    final Spinner<Integer> count = new Spinner<>(1, Recurrence.MAX_COPIES, 4);
    final Label copiesWord = new Label("copies of each session");
    final RadioButton endOn = new RadioButton("Until (inclusive)");
    final DatePicker until = new DatePicker();
    final CheckBox keepMentee = new CheckBox("Keep the booked mentee (a recurring session with them)");
    final CheckBox publish = new CheckBox("Publish the copies");
    final ComboBox<ConflictPolicy> onConflict = new ComboBox<>();

    /** The options, disabled as a whole while a run is in progress. */
    final GridPane options = new GridPane();
    /** Above the table: a preview until a run committed, then what was made. */
    final Label previewTitle = new Label();
    final Label summary = new Label();
    final Label problem = new Label();
    final TableView<PreviewRow> preview = new TableView<>();

    final ProgressBar progress = new ProgressBar(0);
    final Label runStatus = new Label();
    final Button cancelRun = new Button("_Stop");
    final Button close = new Button("_Close");
    final Button run = new Button("_Duplicate");

    BulkDuplicateView() {
        root.getStyleClass().add("bulk-duplicate");
        root.getStylesheets().add(BulkDuplicateView.class.getResource("bulk-duplicate.css").toExternalForm());
        frequency.setId("frequency");
        weeks.setId("weeks");
        endAfter.setId("endAfter");
        count.setId("count");
        endOn.setId("endOn");
        until.setId("until");
        keepMentee.setId("keepMentee");
        publish.setId("publishCopies");
        onConflict.setId("onConflict");
        summary.setId("previewSummary");
        previewTitle.setId("previewTitle");
        problem.setId("previewProblem");
        preview.setId("preview");
        progress.setId("runProgress");
        runStatus.setId("runStatus");
        cancelRun.setId("stopRun");
        run.setId("runDuplicate");
        close.setId("closeDuplicate");

        root.setTop(options());
        root.setCenter(previewPane());
        root.setBottom(buttons());
        root.setPrefSize(1000, 640);
        reset();
    }

    /**
     * Puts the dialog in its opening state: default options, enabled, no preview, no run
     * status, Duplicate shown. The planner reuses one dialog, so each opening starts here.
     */
    void reset() {
        options.setDisable(false);
        weeks.getValueFactory().setValue(2);
        endAfter.setSelected(true);
        keepMentee.setSelected(false);
        publish.setSelected(false);
        onConflict.setValue(ConflictPolicy.SKIP);
        previewTitle.setText("Preview: nothing is written until you make the copies");
        summary.setText("");
        problem.setVisible(false);
        preview.getItems().clear();
        runStatus.setText("");
        run.setVisible(true);
        run.setDisable(true);
        close.setDisable(false);
        close.setDefaultButton(false);
    }

    private VBox options() {
        heading.getStyleClass().add("dialog-heading");
        sources.getStyleClass().add("sources");
        sources.setWrapText(true);
        weeks.setEditable(true);
        weeks.setPrefWidth(80);
        count.setEditable(true);
        count.setPrefWidth(90);
        endAfter.setToggleGroup(endGroup);
        endOn.setToggleGroup(endGroup);
        until.setPrefWidth(140);
        frequency.setPrefWidth(330);
        onConflict.setPrefWidth(330);

        GridPane grid = options;
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        Label weeksWord = new Label("weeks apart");
        HBox repeat = new HBox(8, frequency, weeks, weeksWord);
        repeat.setAlignment(Pos.CENTER_LEFT);
        weeksWord.visibleProperty().bind(weeks.visibleProperty());
        weeksWord.managedProperty().bind(weeks.visibleProperty());
        weeks.managedProperty().bind(weeks.visibleProperty());
        HBox ends = new HBox(8, endAfter, count, copiesWord, new Label("   or"), endOn, until);
        ends.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(0, labelFor(fieldLabel("Repeat"), frequency), repeat);
        grid.addRow(1, fieldLabel("Ends"), ends);
        grid.addRow(2, fieldLabel("Options"), new VBox(6, keepMentee, publish));
        grid.addRow(3, labelFor(fieldLabel("On conflict"), onConflict), onConflict);
        count.setAccessibleText("Number of copies of each session");
        preview.setAccessibleText("Preview of the copies");

        VBox top = new VBox(10, heading, sources, grid);
        top.setPadding(new Insets(0, 0, 12, 0));
        return top;
    }

    private VBox previewPane() {
        previewTitle.getStyleClass().add("section-heading");
        summary.getStyleClass().add("preview-summary");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        preview.setPlaceholder(new Label("No copies with these options."));
        preview.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        preview.getColumns().add(column("Session", 150, PreviewRow::session));
        preview.getColumns().add(column("Date", 135, PreviewRow::date));
        preview.getColumns().add(column("Time", 95, PreviewRow::times));
        preview.getColumns().add(column("Zone", 125, PreviewRow::zone));
        preview.getColumns().add(column("Flags", 150, PreviewRow::flags));
        preview.getColumns().add(column("Note", 300, PreviewRow::note));
        preview.setRowFactory(table -> new PreviewRowCell());
        // Rows of one height: the table need not measure cells to place 2,000 rows, which
        // stalled the FX thread when a big preview arrived (bench/README.md, FxStallBenchmark).
        preview.setFixedCellSize(ROW_HEIGHT);
        VBox.setVgrow(preview, Priority.ALWAYS);
        return new VBox(6, previewTitle, summary, problem, preview);
    }

    private HBox buttons() {
        progress.setPrefWidth(180);
        run.getStyleClass().add("primary");
        run.setDefaultButton(true);
        close.setCancelButton(true);
        progress.visibleProperty().bind(cancelRun.visibleProperty());
        cancelRun.setVisible(false);
        cancelRun.managedProperty().bind(cancelRun.visibleProperty());
        run.managedProperty().bind(run.visibleProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, progress, runStatus, cancelRun, grow, close, run);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    private static Label labelFor(Label label, Node field) {
        label.setLabelFor(field);
        return label;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static TableColumn<PreviewRow, String> column(String title, double width,
                                                          Function<PreviewRow, String> value) {
        TableColumn<PreviewRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        // Long notes (conflicts, DST) show whole in a tooltip. One tooltip serves the column: a
        // tooltip is a popup window, and one per cell made the table's first layout of a big
        // preview stall the FX thread (bench/README.md, FxStallBenchmark).
        Tooltip whole = new Tooltip();
        column.setCellFactory(c -> new WholeTextCell(whole));
        return column;
    }

    /** A text cell whose whole text shows in its column's tooltip, filled when the pointer enters it. */
    private static final class WholeTextCell extends TableCell<PreviewRow, String> {
        private final Tooltip whole;

        WholeTextCell(Tooltip whole) {
            this.whole = whole;
            setOnMouseEntered(e -> whole.setText(getText()));
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            boolean tip = !empty && text != null && !text.isEmpty();
            setTooltip(tip ? whole : null);
            if (tip && isHover()) {
                whole.setText(text);
            }
        }
    }

    /** Greys out rows the run will not make, and marks conflicts. */
    private static final class PreviewRowCell extends TableRow<PreviewRow> {
        // Pseudo-classes, not style classes: a reused row changes state without its CSS being
        // looked up again from scratch.
        private static final PseudoClass NOT_MADE = PseudoClass.getPseudoClass("not-made");
        private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
        private static final PseudoClass DST = PseudoClass.getPseudoClass("dst");

        @Override
        protected void updateItem(PreviewRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean shown = !empty && row != null;
            pseudoClassStateChanged(NOT_MADE, shown && !row.made());
            pseudoClassStateChanged(CONFLICT, shown && row.conflict());
            pseudoClassStateChanged(DST, shown && !row.conflict() && row.dst());
        }
    }
}
