package cn.certdesk.ui.statistics;

import static cn.certdesk.domain.statistics.StatisticsTable.row;

import cn.certdesk.domain.application.ApplicationEvents;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.statistics.Counts;
import cn.certdesk.domain.statistics.OfficerRef;
import cn.certdesk.domain.statistics.StatisticsExporter;
import cn.certdesk.domain.statistics.StatisticsPeriod;
import cn.certdesk.domain.statistics.StatisticsReport;
import cn.certdesk.domain.statistics.StatisticsService;
import cn.certdesk.domain.statistics.StatisticsTable;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The station head's statistics screen (R15, R17): a period, the figures computed from the event
 * log, the same tables on screen and in the CSV / XLSX export. The export target comes from an
 * injected chooser (a {@code FileChooser} in the view; a fixed path in tests). Holds no citizen's
 * personal data.
 */
public final class StatisticsViewModel {

    /** The tables of the screen, each a tab, and each a table (sheet) of the export. */
    public enum Section {
        SUMMARY, BY_KIND, BY_MONTH, ISSUABLE_REFUSALS, OVERRIDES, OVERDUE, OFFICERS
    }

    private final Officer officer;
    private final String stationName;
    private final StatisticsService statistics;
    private final Function<StatisticsExporter.Format, StatisticsExporter> exporters;
    private final Clock clock;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<StatisticsReport> report = new ReadOnlyObjectWrapper<>();
    private final Map<Section, ReadOnlyObjectWrapper<StatisticsTable>> tables = new EnumMap<>(Section.class);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private BiFunction<StatisticsExporter.Format, String, Optional<Path>> targetChooser = (format, name) ->
            Optional.empty();

    /**
     * @param exporters the exporter of each format, created when first asked for (POI loads only
     *                  when an officer exports)
     */
    public StatisticsViewModel(Officer officer, String stationName, StatisticsService statistics,
            Function<StatisticsExporter.Format, StatisticsExporter> exporters, Clock clock, TaskRunner tasks,
            Messages messages) {
        this.officer = officer;
        this.stationName = stationName;
        this.statistics = statistics;
        this.exporters = exporters;
        this.clock = clock;
        this.tasks = tasks;
        this.messages = messages;
        for (Section section : Section.values()) {
            tables.put(section, new ReadOnlyObjectWrapper<>());
        }
        thisMonth();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<StatisticsReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatisticsTable> tableProperty(Section section) {
        return tables.get(section).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Where an export goes: given the format and a suggested file name, a path or nothing (cancelled). */
    public void setTargetChooser(BiFunction<StatisticsExporter.Format, String, Optional<Path>> chooser) {
        this.targetChooser = chooser;
    }

    /** From the first of this month to today. */
    public void thisMonth() {
        LocalDate today = LocalDate.now(clock);
        from.set(today.withDayOfMonth(1));
        to.set(today);
    }

    /** From the first of January to today. */
    public void thisYear() {
        LocalDate today = LocalDate.now(clock);
        from.set(today.withDayOfYear(1));
        to.set(today);
    }

    /** The whole of last month. */
    public void lastMonth() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        from.set(last.atDay(1));
        to.set(last.atEndOfMonth());
    }

    /** Computes the figures of the chosen period (R15, R17); a bad period gets a message and changes nothing. */
    public void compute() {
        StatisticsPeriod period;
        try {
            period = new StatisticsPeriod(from.get(), to.get());
        } catch (cn.certdesk.domain.CertDeskException e) {
            message.set(messages.of(e));
            return;
        }
        busy.set(true);
        message.set(messages.get("statistics.computing"));
        tasks.run(() -> statistics.compute(officer, period), computed -> {
            busy.set(false);
            show(computed);
            message.set(messages.get("statistics.computed", computed.period().from(), computed.period().to()));
        }, failure -> {
            busy.set(false);
            message.set(messages.ofFailure(failure));
        });
    }

    /** Asks for a target (the view's file chooser) and exports the figures on screen. */
    public void export(StatisticsExporter.Format format) {
        StatisticsReport shown = report.get();
        if (shown == null) {
            message.set(messages.get("statistics.export.nothing"));
            return;
        }
        targetChooser.apply(format, suggestedFileName(format)).ifPresent(target -> exportTo(format, target));
    }

    /** Exports the figures on screen to {@code target}. */
    public void exportTo(StatisticsExporter.Format format, Path target) {
        StatisticsReport shown = report.get();
        if (shown == null) {
            message.set(messages.get("statistics.export.nothing"));
            return;
        }
        List<StatisticsTable> all = allTables();
        busy.set(true);
        tasks.run(() -> {
            exporters.apply(format).export(all, target);
            return target;
        }, written -> {
            busy.set(false);
            message.set(messages.get("statistics.exported", written.toString()));
        }, failure -> {
            busy.set(false);
            message.set(messages.ofFailure(failure));
        });
    }

    /** E.g. {@code 统计_2026-11-01_2026-11-30.xlsx}. */
    public String suggestedFileName(StatisticsExporter.Format format) {
        StatisticsReport shown = report.get();
        StatisticsPeriod period = shown == null ? null : shown.period();
        String range = period == null ? LocalDate.now(clock).toString() : period.from() + "_" + period.to();
        return messages.get("statistics.file.prefix") + "_" + range + "." + format.extension();
    }

    /** Every table in section order: what the screen shows and the export writes. */
    public List<StatisticsTable> allTables() {
        List<StatisticsTable> all = new ArrayList<>();
        for (Section section : Section.values()) {
            StatisticsTable table = tables.get(section).get();
            if (table != null) {
                all.add(table);
            }
        }
        return all;
    }

    private void show(StatisticsReport computed) {
        report.set(computed);
        tables.get(Section.SUMMARY).set(summaryTable(computed));
        tables.get(Section.BY_KIND).set(kindTable(computed));
        tables.get(Section.BY_MONTH).set(monthTable(computed));
        tables.get(Section.ISSUABLE_REFUSALS).set(refusalTable(computed));
        tables.get(Section.OVERRIDES).set(overrideTable(computed));
        tables.get(Section.OVERDUE).set(overdueTable(computed));
        tables.get(Section.OFFICERS).set(officerTable(computed));
        Counts totals = computed.totals();
        summary.set(messages.get("statistics.summary", totals.issued(), totals.refused(), totals.voided(),
                totals.reprinted(), computed.issuableRefusals().size(), computed.overrideIssuedCount(),
                computed.overdue().size(), computed.overdueAsOf()));
    }

    private List<String> countHeaders(String first) {
        return List.of(first, messages.get("statistics.column.issued"), messages.get("statistics.column.refused"),
                messages.get("statistics.column.voided"), messages.get("statistics.column.reprinted"));
    }

    private StatisticsTable summaryTable(StatisticsReport computed) {
        Counts totals = computed.totals();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(messages.get("statistics.item.station"), stationName));
        rows.add(row(messages.get("statistics.item.period"),
                computed.period().from() + " ~ " + computed.period().to()));
        rows.add(row(messages.get("statistics.column.issued"), totals.issued()));
        for (StatisticsReport.RouteRow route : computed.issuedByRoute()) {
            rows.add(row(messages.get("statistics.item.issued.route", routeLabel(route.route())), route.issued()));
        }
        rows.add(row(messages.get("statistics.column.refused"), totals.refused()));
        rows.add(row(messages.get("statistics.item.issuable.refusals"), computed.issuableRefusals().size()));
        rows.add(row(messages.get("statistics.column.voided"), totals.voided()));
        rows.add(row(messages.get("statistics.column.reprinted"), totals.reprinted()));
        rows.add(row(messages.get("statistics.item.overdue", computed.overdueAsOf()), computed.overdue().size()));
        return new StatisticsTable(messages.get("statistics.tab.summary"),
                List.of(messages.get("statistics.column.item"), messages.get("statistics.column.value")), rows);
    }

    private StatisticsTable kindTable(StatisticsReport computed) {
        List<List<Object>> rows = new ArrayList<>();
        for (StatisticsReport.KindRow kind : computed.byKind()) {
            Counts counts = kind.counts();
            rows.add(row(kindLabel(kind.kindCode(), kind.kindName()), counts.issued(), counts.refused(),
                    counts.voided(), counts.reprinted()));
        }
        return new StatisticsTable(messages.get("statistics.tab.kind"),
                countHeaders(messages.get("statistics.column.kind")), rows);
    }

    private StatisticsTable monthTable(StatisticsReport computed) {
        List<List<Object>> rows = new ArrayList<>();
        for (StatisticsReport.MonthRow month : computed.byMonth()) {
            Counts counts = month.counts();
            rows.add(row(month.month().toString(), counts.issued(), counts.refused(), counts.voided(),
                    counts.reprinted()));
        }
        return new StatisticsTable(messages.get("statistics.tab.month"),
                countHeaders(messages.get("statistics.column.month")), rows);
    }

    private StatisticsTable refusalTable(StatisticsReport computed) {
        List<List<Object>> rows = new ArrayList<>();
        for (StatisticsReport.IssuableRefusal refusal : computed.issuableRefusals()) {
            rows.add(row(refusal.on().toString(), kindLabel(refusal.kindCode(), refusal.kindName()),
                    officerLabel(refusal.officer()), refusal.reasonShown()));
        }
        return new StatisticsTable(messages.get("statistics.tab.issuable.refusals"),
                List.of(messages.get("statistics.column.date"), messages.get("statistics.column.kind"),
                        messages.get("statistics.column.officer"), messages.get("statistics.column.reason")), rows);
    }

    private StatisticsTable overrideTable(StatisticsReport computed) {
        List<List<Object>> rows = new ArrayList<>();
        for (StatisticsReport.OverrideIssuance issuance : computed.overrideIssuances()) {
            rows.add(row(issuance.issuedOn().toString(), issuance.certificateNumber(),
                    kindLabel(issuance.kindCode(), issuance.kindName()), routeLabel(issuance.route()),
                    officerLabel(issuance.preparedBy()), officerLabel(issuance.approvedBy())));
        }
        return new StatisticsTable(messages.get("statistics.tab.overrides"),
                List.of(messages.get("statistics.column.date"), messages.get("statistics.column.number"),
                        messages.get("statistics.column.kind"), messages.get("statistics.column.route"),
                        messages.get("statistics.column.prepared.by"), messages.get("statistics.column.approved.by")),
                rows);
    }

    private StatisticsTable overdueTable(StatisticsReport computed) {
        List<List<Object>> rows = new ArrayList<>();
        for (StatisticsReport.OverdueApplication late : computed.overdue()) {
            rows.add(row(late.certificateNumber(), kindLabel(late.kindCode(), late.kindName()),
                    officerLabel(late.preparedBy()), late.createdOn().toString(), late.dueDate().toString(),
                    late.daysOverdue(), statusLabel(late.status())));
        }
        return new StatisticsTable(messages.get("statistics.tab.overdue"),
                List.of(messages.get("statistics.column.number"), messages.get("statistics.column.kind"),
                        messages.get("statistics.column.prepared.by"), messages.get("statistics.column.created.on"),
                        messages.get("statistics.column.due"), messages.get("statistics.column.days.overdue"),
                        messages.get("statistics.column.status")), rows);
    }

    private StatisticsTable officerTable(StatisticsReport computed) {
        List<List<Object>> rows = new ArrayList<>();
        for (StatisticsReport.OfficerRow officerRow : computed.officers()) {
            rows.add(row(officerLabel(officerRow.officer()), officerRow.created(), officerRow.overridesCreated(),
                    officerRow.printed(), officerRow.issued(), officerRow.refused(), officerRow.voided(),
                    officerRow.reprinted(), officerRow.approved(), officerRow.rejected()));
        }
        return new StatisticsTable(messages.get("statistics.tab.officers"),
                List.of(messages.get("statistics.column.officer"), messages.get("statistics.column.created"),
                        messages.get("statistics.column.overrides.created"), messages.get("statistics.column.printed"),
                        messages.get("statistics.column.issued"), messages.get("statistics.column.refused"),
                        messages.get("statistics.column.voided"), messages.get("statistics.column.reprinted"),
                        messages.get("statistics.column.approved"), messages.get("statistics.column.rejected")),
                rows);
    }

    /** The kind's name; requests outside the catalogue get their own label. */
    public String kindLabel(String kindCode, String kindName) {
        if (ApplicationEvents.OUTSIDE_CATALOGUE.equals(kindCode)) {
            return messages.get("statistics.kind.outside.catalogue");
        }
        return kindName == null ? kindCode : kindName;
    }

    public String routeLabel(Route route) {
        return switch (route) {
            case NORMAL -> messages.get("statistics.route.normal");
            case TRANSITION_OVERRIDE -> messages.get("statistics.route.transition");
            case SPECIAL_CASE_OVERRIDE -> messages.get("statistics.route.special.case");
        };
    }

    private String statusLabel(String status) {
        return switch (status) {
            case "CREATED" -> messages.get("statistics.status.created");
            case "AWAITING_APPROVAL" -> messages.get("statistics.status.awaiting.approval");
            case "APPROVED" -> messages.get("statistics.status.approved");
            default -> status;
        };
    }

    private String officerLabel(OfficerRef ref) {
        if (ref == null) {
            return "";
        }
        return ref.policeNumber().isEmpty() ? ref.name()
                : messages.get("statistics.officer.label", ref.name(), ref.policeNumber());
    }
}
