package cn.certdesk.ui.statistics;

import cn.certdesk.domain.statistics.Counts;
import cn.certdesk.domain.statistics.StatisticsExporter;
import cn.certdesk.domain.statistics.StatisticsReport;
import cn.certdesk.domain.statistics.StatisticsTable;
import cn.certdesk.ui.common.Messages;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * Binds the statistics screen (R15, R17): period pickers that take typed dates (yyyy-MM-dd),
 * one table per section built from the view model's labelled tables (the same the export
 * writes), a bar chart by kind, a line chart by month, and the CSV / XLSX export through a
 * file chooser.
 */
public final class StatisticsView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final double NUMBER_WIDTH = 80;
    private static final double TEXT_MIN_WIDTH = 90;
    private static final double TEXT_WIDTH = 190;

    private final StatisticsViewModel viewModel;
    private final Messages messages;

    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private Button computeButton;
    @FXML
    private Button csvButton;
    @FXML
    private Button xlsxButton;
    @FXML
    private Label summaryLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private TableView<List<Object>> summaryTable;
    @FXML
    private TableView<List<Object>> kindTable;
    @FXML
    private TableView<List<Object>> monthTable;
    @FXML
    private TableView<List<Object>> refusalTable;
    @FXML
    private TableView<List<Object>> overrideTable;
    @FXML
    private TableView<List<Object>> overdueTable;
    @FXML
    private TableView<List<Object>> officerTable;
    @FXML
    private BarChart<String, Number> kindChart;
    @FXML
    private LineChart<String, Number> monthChart;

    public StatisticsView(StatisticsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        for (DatePicker picker : List.of(fromPicker, toPicker)) {
            picker.setConverter(new IsoDates());
            picker.setPromptText(messages.get("statistics.date.prompt"));
        }
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        computeButton.disableProperty().bind(viewModel.busyProperty());
        csvButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.reportProperty().isNull()));
        xlsxButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.reportProperty().isNull()));
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        Map<StatisticsViewModel.Section, TableView<List<Object>>> views = new EnumMap<>(StatisticsViewModel.Section.class);
        views.put(StatisticsViewModel.Section.SUMMARY, summaryTable);
        views.put(StatisticsViewModel.Section.BY_KIND, kindTable);
        views.put(StatisticsViewModel.Section.BY_MONTH, monthTable);
        views.put(StatisticsViewModel.Section.ISSUABLE_REFUSALS, refusalTable);
        views.put(StatisticsViewModel.Section.OVERRIDES, overrideTable);
        views.put(StatisticsViewModel.Section.OVERDUE, overdueTable);
        views.put(StatisticsViewModel.Section.OFFICERS, officerTable);
        views.forEach((section, table) -> {
            table.setPlaceholder(new Label(messages.get("statistics.table.empty")));
            viewModel.tableProperty(section).addListener((obs, old, shown) -> fill(table, shown));
        });
        viewModel.reportProperty().addListener((obs, old, report) -> charts(report));
        viewModel.setTargetChooser(this::chooseTarget);
        viewModel.compute();
        Platform.runLater(fromPicker::requestFocus);
    }

    /** Columns from the table's headings; numbers right-aligned and sorted as numbers. */
    private static void fill(TableView<List<Object>> view, StatisticsTable table) {
        view.getColumns().clear();
        if (table == null) {
            view.getItems().clear();
            return;
        }
        for (int index = 0; index < table.headers().size(); index++) {
            int column = index;
            TableColumn<List<Object>, Object> tableColumn = new TableColumn<>(table.headers().get(column));
            tableColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().get(column)));
            boolean numeric = !table.rows().isEmpty() && table.rows().get(0).get(column) instanceof Number;
            if (numeric) {
                tableColumn.setMinWidth(NUMBER_WIDTH);
                tableColumn.setPrefWidth(NUMBER_WIDTH);
                tableColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
                tableColumn.setComparator(Comparator.comparingDouble(value -> ((Number) value).doubleValue()));
            } else {
                tableColumn.setMinWidth(TEXT_MIN_WIDTH);
                tableColumn.setPrefWidth(TEXT_WIDTH);
                tableColumn.setComparator(Comparator.comparing(Object::toString));
            }
            view.getColumns().add(tableColumn);
        }
        boolean lastColumnFlexes = view.getColumnResizePolicy() == TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN;
        if (lastColumnFlexes && !view.getColumns().isEmpty()) {
            view.getColumns().getFirst().setPrefWidth(TEXT_WIDTH + NUMBER_WIDTH); // the summary's item column
        }
        view.getItems().setAll(table.rows());
    }

    private void charts(StatisticsReport report) {
        kindChart.getData().clear();
        monthChart.getData().clear();
        if (report == null) {
            return;
        }
        kindChart.getData().add(kindSeries(report, "statistics.column.issued", Counts::issued));
        kindChart.getData().add(kindSeries(report, "statistics.column.refused", Counts::refused));
        monthChart.getData().add(monthSeries(report, "statistics.column.issued", Counts::issued));
        monthChart.getData().add(monthSeries(report, "statistics.column.refused", Counts::refused));
        monthChart.getData().add(monthSeries(report, "statistics.column.voided", Counts::voided));
        monthChart.getData().add(monthSeries(report, "statistics.column.reprinted", Counts::reprinted));
    }

    private XYChart.Series<String, Number> kindSeries(StatisticsReport report, String key, ToIntFunction<Counts> value) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.get(key));
        for (StatisticsReport.KindRow kind : report.byKind()) {
            series.getData().add(new XYChart.Data<>(viewModel.kindLabel(kind.kindCode(), kind.kindName()),
                    value.applyAsInt(kind.counts())));
        }
        return series;
    }

    private XYChart.Series<String, Number> monthSeries(StatisticsReport report, String key,
            ToIntFunction<Counts> value) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.get(key));
        for (StatisticsReport.MonthRow month : report.byMonth()) {
            series.getData().add(new XYChart.Data<>(month.month().toString(), value.applyAsInt(month.counts())));
        }
        return series;
    }

    private Optional<java.nio.file.Path> chooseTarget(StatisticsExporter.Format format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("statistics.export.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get(format == StatisticsExporter.Format.CSV ? "statistics.export.filter.csv"
                        : "statistics.export.filter.xlsx"), "*." + format.extension()));
        File chosen = chooser.showSaveDialog(computeButton.getScene().getWindow());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @FXML
    private void compute() {
        commitTypedDates();
        viewModel.compute();
    }

    @FXML
    private void thisMonth() {
        viewModel.thisMonth();
        viewModel.compute();
    }

    @FXML
    private void lastMonth() {
        viewModel.lastMonth();
        viewModel.compute();
    }

    @FXML
    private void thisYear() {
        viewModel.thisYear();
        viewModel.compute();
    }

    @FXML
    private void exportCsv() {
        viewModel.export(StatisticsExporter.Format.CSV);
    }

    @FXML
    private void exportXlsx() {
        viewModel.export(StatisticsExporter.Format.XLSX);
    }

    /** A date typed but not yet committed (Enter straight on the button) still counts. */
    private void commitTypedDates() {
        for (DatePicker picker : List.of(fromPicker, toPicker)) {
            String typed = picker.getEditor().getText();
            LocalDate parsed = picker.getConverter().fromString(typed);
            if (parsed != null || typed == null || typed.isBlank()) {
                picker.setValue(parsed);
            }
        }
    }

    /** yyyy-MM-dd, also yyyy/M/d and yyyy.M.d; anything else is no date (the view model says so). */
    private static final class IsoDates extends StringConverter<LocalDate> {

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : DATE.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String[] parts = text.trim().split("[-/.年月日]+");
            try {
                if (parts.length == 3) {
                    return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                            Integer.parseInt(parts[2]));
                }
                return LocalDate.parse(text.trim(), DATE);
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return null;
            }
        }
    }
}
