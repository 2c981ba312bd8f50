package cn.certdesk.ui.overview;

import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.ApplicationSummary;
import cn.certdesk.domain.application.WorkItem;
import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The officer's work list on the home screen (R09): their open applications — drafts, awaiting
 * approval, approved, rejected with the head's reason, printed with the paper not yet confirmed —
 * each with its due date (5 working days for kinds that need investigation; a date counted on
 * plain weekdays because the calendar does not cover that year is marked as estimated), overdue
 * first. Opening one hands it to the issuing screen. Lists show masked ID numbers only (R16).
 */
public final class HomeWorkListViewModel {

    /** One line as the officer reads it. */
    public record Row(ApplicationSummary summary, String number, String kind, String applicant, String status,
            String due, boolean overdue, boolean estimated, boolean rejected) {

        @Override
        public String toString() {
            return "Row[" + number + ", " + status + ", " + due + "]";
        }
    }

    private final Officer officer;
    private final ApplicationService applications;
    private final Catalogue catalogue;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<ApplicationSummary> onOpen;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** @param onOpen resumes the application on the issuing screen (supplied by the composition root) */
    public HomeWorkListViewModel(Officer officer, ApplicationService applications, Catalogue catalogue,
            TaskRunner tasks, Messages messages, Consumer<ApplicationSummary> onOpen) {
        this.officer = officer;
        this.applications = applications;
        this.catalogue = catalogue;
        this.tasks = tasks;
        this.messages = messages;
        this.onOpen = onOpen;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the work list again (on the store thread). */
    public void refresh() {
        tasks.run(() -> applications.workList(officer), this::show, failure -> message.set(messages.ofFailure(failure)));
    }

    private void show(List<WorkItem> items) {
        rows.setAll(items.stream().map(this::row).toList());
        long overdue = rows.stream().filter(Row::overdue).count();
        if (rows.isEmpty()) {
            message.set(messages.get("home.worklist.empty"));
        } else if (overdue > 0) {
            message.set(messages.get("home.worklist.count.overdue", rows.size(), overdue));
        } else {
            message.set(messages.get("home.worklist.count", rows.size()));
        }
    }

    private Row row(WorkItem item) {
        ApplicationSummary summary = item.summary();
        String kind = cn.certdesk.domain.application.OverrideCertificate.kindName(catalogue, summary.kindCode());
        String applicant = messages.get(summary.applicantChecked() ? "home.worklist.applicant"
                : "home.worklist.applicant.unchecked", summary.applicantName(), summary.maskedIdNumber());
        String due = messages.get(summary.dueEstimated() ? "home.worklist.due.estimated" : "home.worklist.due",
                summary.dueDate().toString());
        if (summary.overdue()) {
            due = messages.get("home.worklist.due.overdue", due);
        }
        boolean rejected = summary.status() == ApplicationStatus.REJECTED;
        return new Row(summary, summary.certificateNumber(), kind, applicant, status(item), due, summary.overdue(),
                summary.dueEstimated(), rejected);
    }

    private String status(WorkItem item) {
        if (item.printedNotConfirmed()) {
            return messages.get("home.status.printed.unconfirmed");
        }
        return switch (item.summary().status()) {
            case CREATED -> messages.get("home.status.draft");
            case AWAITING_APPROVAL -> messages.get("home.status.awaiting.approval");
            case APPROVED -> messages.get("home.status.approved");
            case REJECTED -> messages.get("home.status.rejected", item.rejectionReason().orElse(""));
            case ISSUED, VOIDED -> messages.get("home.status.closed");
        };
    }

    /** Opens the selected application (Enter or double-click). */
    public void openSelected() {
        Row row = selected.get();
        if (row == null) {
            message.set(messages.get("home.worklist.choose"));
            return;
        }
        onOpen.accept(row.summary());
    }
}
