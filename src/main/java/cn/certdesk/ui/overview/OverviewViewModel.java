package cn.certdesk.ui.overview;

import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.ApplicationSummary;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Permission;
import cn.certdesk.domain.station.Station;
import cn.certdesk.domain.station.StoreStatus;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The home screen: this desk's station, the officer's permissions and the local store, and the
 * officer's applications the station head rejected, with the reason (issue 5).
 */
public final class OverviewViewModel {

    private final Officer officer;
    private final Station station;
    private final Supplier<StoreStatus> storeStatus;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ReadOnlyStringWrapper storeLocation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper storeSchema = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper population = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper integrity = new ReadOnlyStringWrapper("");
    private final Supplier<List<ApplicationSummary>> homeApplications;
    private final Function<String, String> kindName;
    private final ObservableList<String> rejected = FXCollections.observableArrayList();

    public OverviewViewModel(Officer officer, Station station, Supplier<StoreStatus> storeStatus, TaskRunner tasks,
            Messages messages) {
        this(officer, station, storeStatus, tasks, messages, List::of, code -> code);
    }

    /**
     * @param homeApplications the applications of the home screen ({@code ApplicationService.openApplications})
     * @param kindName         a kind's Chinese name by catalogue code
     */
    public OverviewViewModel(Officer officer, Station station, Supplier<StoreStatus> storeStatus, TaskRunner tasks,
            Messages messages, Supplier<List<ApplicationSummary>> homeApplications, Function<String, String> kindName) {
        this.homeApplications = homeApplications;
        this.kindName = kindName;
        this.officer = officer;
        this.station = station;
        this.storeStatus = storeStatus;
        this.tasks = tasks;
        this.messages = messages;
    }

    public String stationName() {
        return station.name();
    }

    public String stationCodes() {
        return messages.get("overview.station.codes", station.stationCode(), station.regionCode(), station.deskCode());
    }

    public String dataKind() {
        return station.synthetic() ? messages.get("overview.data.synthetic") : messages.get("overview.data.real");
    }

    public String officerLine() {
        return messages.get("status.officer", officer.name(), officer.policeNumber());
    }

    /** What this officer may do, one line each, in the order of the permission list. */
    public List<String> permissionLines() {
        return Arrays.stream(Permission.values()).filter(officer::may).map(this::describe).toList();
    }

    private String describe(Permission permission) {
        return switch (permission) {
            case IDENTIFY_APPLICANT -> messages.get("permission.identify.applicant");
            case ISSUE_REGISTER_CERTIFICATES -> messages.get("permission.issue.register");
            case PREPARE_VERIFIED_CERTIFICATES -> messages.get("permission.prepare.verified");
            case PRINT -> messages.get("permission.print");
            case VOID_REPRINT_OWN -> messages.get("permission.void.reprint");
            case APPROVE -> messages.get("permission.approve");
            case OVERRIDE -> messages.get("permission.override");
            case VIEW_CATALOGUE -> messages.get("permission.view.catalogue");
            case MANAGE_ACCOUNTS -> messages.get("permission.manage.accounts");
            case CONFIGURE_STATION -> messages.get("permission.configure.station");
            case VOID_REPRINT_ANY -> messages.get("home.permission.void.reprint.any");
            case VIEW_AUDIT -> messages.get("audit.permission.view");
            case VIEW_STATISTICS -> messages.get("statistics.permission.view");
        };
    }

    public ReadOnlyStringProperty storeLocationProperty() {
        return storeLocation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storeSchemaProperty() {
        return storeSchema.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty populationProperty() {
        return population.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty integrityProperty() {
        return integrity.getReadOnlyProperty();
    }

    /**
     * This officer's applications the station head rejected, each with the head's reason; they
     * stay until the officer voids them (ADR 0019).
     */
    public ObservableList<String> rejectedApplications() {
        return rejected;
    }

    public void refresh() {
        tasks.run(homeApplications::get, applications -> rejected.setAll(applications.stream()
                .filter(summary -> summary.status() == ApplicationStatus.REJECTED)
                .filter(summary -> officer.id().equals(summary.officerId()))
                .map(summary -> messages.get("approval.home.rejected", summary.certificateNumber(),
                        kindName.apply(summary.kindCode()), summary.applicantName(), summary.rejectionReason()))
                .toList()), failure -> integrity.set(messages.ofFailure(failure)));
        tasks.run(storeStatus::get, status -> {
            storeLocation.set(status.location());
            storeSchema.set(messages.get("overview.schema", status.schemaVersion(), status.latestVersion()));
            population.set(messages.get("overview.population", status.residents(), status.households()));
            integrity.set(status.integrityOk() ? messages.get("status.store.ok") : messages.get("status.store.damaged"));
        }, failure -> integrity.set(messages.ofFailure(failure)));
    }
}
