package cn.certdesk.ui.audit;

import cn.certdesk.domain.audit.AuditAction;
import cn.certdesk.domain.audit.AuditEntry;
import cn.certdesk.domain.audit.AuditOfficer;
import cn.certdesk.domain.audit.AuditQuery;
import cn.certdesk.domain.audit.AuditReview;
import cn.certdesk.domain.audit.ChainStatus;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The station head's audit viewer (R15): filters (date range, officer, action, object text), the
 * matching entries newest first, and whether the SM3 chain is intact or which entry breaks it.
 * Entries hold no citizen data (R16); officers are shown by name and 警号.
 */
public final class AuditViewModel {

    /** How many days back the viewer looks when it opens. */
    public static final int DEFAULT_DAYS = 7;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Officer viewer;
    private final AuditReview review;
    private final Clock clock;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditOfficer> officer = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final StringProperty objectText = new SimpleStringProperty("");
    private final ObservableList<AuditOfficer> officers = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chainText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper chainIntact = new ReadOnlyBooleanWrapper(false);
    private final Map<UUID, AuditOfficer> officersById = new HashMap<>();

    /** One line of the table, ready to show. */
    public record Row(long sequence, String time, String officer, String action, String object, String detail) {
    }

    public AuditViewModel(Officer viewer, AuditReview review, Clock clock, TaskRunner tasks, Messages messages) {
        this.viewer = viewer;
        this.review = review;
        this.clock = clock;
        this.tasks = tasks;
        this.messages = messages;
        LocalDate today = LocalDate.now(clock);
        to.set(today);
        from.set(today.minusDays(DEFAULT_DAYS - 1L));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The officer to filter by; {@code null}: every officer. */
    public ObjectProperty<AuditOfficer> officerProperty() {
        return officer;
    }

    /** The action to filter by; {@code null}: every action. */
    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty objectTextProperty() {
        return objectText;
    }

    public ObservableList<AuditOfficer> officers() {
        return officers;
    }

    public List<AuditAction> actions() {
        return List.of(AuditAction.values());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chainTextProperty() {
        return chainText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty chainIntactProperty() {
        return chainIntact.getReadOnlyProperty();
    }

    /** When the screen opens: the officers for the filter, the last {@value #DEFAULT_DAYS} days, the chain. */
    public void load() {
        tasks.run(() -> review.officers(viewer), found -> {
            officers.setAll(found);
            officersById.clear();
            found.forEach(o -> officersById.put(o.id(), o));
            search();
        }, failure -> message.set(messages.ofFailure(failure)));
        checkChain();
    }

    /** Runs the search the filters describe; a start after the end is refused with a message and nothing else changes. */
    public void search() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first == null || last == null) {
            message.set(messages.get("audit.dates.missing"));
            return;
        }
        if (first.isAfter(last)) {
            message.set(messages.get("audit.dates.order"));
            return;
        }
        ZoneId zone = clock.getZone();
        AuditQuery query = new AuditQuery(first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(),
                Optional.ofNullable(officer.get()).map(AuditOfficer::id), Optional.ofNullable(action.get()),
                objectText.get());
        tasks.run(() -> review.search(viewer, query), found -> {
            rows.setAll(found.stream().map(this::row).toList());
            message.set(found.isEmpty() ? messages.get("audit.none")
                    : found.size() >= AuditReview.LIMIT ? messages.get("audit.more", AuditReview.LIMIT)
                    : messages.get("audit.count", found.size()));
        }, failure -> message.set(messages.ofFailure(failure)));
    }

    /** Verifies the whole chain and says whether it is intact or which entry is the first broken one. */
    public void checkChain() {
        chainText.set(messages.get("audit.chain.checking"));
        tasks.run(() -> review.verify(viewer), status -> {
            chainIntact.set(status.intact());
            chainText.set(chainDescription(status));
        }, failure -> {
            chainIntact.set(false);
            chainText.set(messages.ofFailure(failure));
        });
    }

    private String chainDescription(ChainStatus status) {
        return status.firstBreak().map(broken -> messages.get("audit.chain.broken", broken.sequence(),
                broken.id().map(UUID::toString).orElse("—"), problemName(broken.problem()), status.entries()))
                .orElseGet(() -> messages.get("audit.chain.intact", status.entries()));
    }

    private Row row(AuditEntry entry) {
        return new Row(entry.sequence(), TIME.format(entry.occurredAt().atZone(clock.getZone())), officerText(entry),
                actionName(entry.action()), objectTypeName(entry.objectType()) + " " + entry.objectRef(),
                entry.detail());
    }

    private String officerText(AuditEntry entry) {
        if (entry.officerId().isEmpty()) {
            return messages.get("audit.officer.none");
        }
        AuditOfficer known = officersById.get(entry.officerId().get());
        return known != null ? officerName(known)
                : messages.get("audit.officer.unknown", entry.policeNumber().orElse("—"));
    }

    /** A typed date that is not a date (the view cannot parse it): said, nothing searched. */
    public void reportBadDate() {
        message.set(messages.get("audit.dates.format"));
    }

    public String allOfficersText() {
        return messages.get("audit.officer.all");
    }

    public String allActionsText() {
        return messages.get("audit.action.all");
    }

    /** 姓名（警号） for the table and the officer filter. */
    public String officerName(AuditOfficer audited) {
        return messages.get("audit.officer.name", audited.name(), audited.policeNumber());
    }

    /** The action in Chinese. */
    public String actionName(AuditAction audited) {
        return messages.get(switch (audited) {
            case LOGIN -> "audit.action.login";
            case LOGIN_FAILED -> "audit.action.login.failed";
            case LOGOUT -> "audit.action.logout";
            case UNLOCK -> "audit.action.unlock";
            case VIEW_PERSON -> "audit.action.view.person";
            case CREATE -> "audit.action.create";
            case REQUEST_APPROVAL -> "audit.action.request.approval";
            case REFUSE -> "audit.action.refuse";
            case APPROVE -> "audit.action.approve";
            case REJECT -> "audit.action.reject";
            case VOID -> "audit.action.void";
            case REPRINT -> "audit.action.reprint";
            case PRINT -> "audit.action.print";
            case ISSUE -> "audit.action.issue";
            case SETTINGS_CHANGED -> "audit.action.settings.changed";
            case ACCOUNT_CHANGED -> "audit.action.account.changed";
        });
    }

    private String objectTypeName(String objectType) {
        return switch (objectType) {
            case "application" -> messages.get("audit.object.application");
            case "refusal" -> messages.get("audit.object.refusal");
            case "resident" -> messages.get("audit.object.resident");
            case "officer" -> messages.get("audit.object.officer");
            case "setting" -> messages.get("audit.object.setting");
            default -> objectType;
        };
    }

    private String problemName(ChainStatus.Problem problem) {
        return messages.get(switch (problem) {
            case CHANGED -> "audit.problem.changed";
            case MISSING_BEFORE -> "audit.problem.missing.before";
            case LINK_BROKEN -> "audit.problem.link.broken";
            case MISSING_AT_END -> "audit.problem.missing.at.end";
            case HEAD_MISMATCH -> "audit.problem.head.mismatch";
        });
    }
}
