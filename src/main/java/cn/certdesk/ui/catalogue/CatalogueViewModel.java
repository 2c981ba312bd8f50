package cn.certdesk.ui.catalogue;

import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CertificateGroup;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.catalogue.RequiredField;
import cn.certdesk.domain.catalogue.SealType;
import cn.certdesk.ui.common.Messages;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The certificate catalogue as data (R01): every kind with its group, who handles it, the seal,
 * head approval and time limit, and for the kinds no longer issued the refusal reason, what to
 * use instead and whom to contact (R02). Holds no personal data.
 */
public final class CatalogueViewModel {

    private final Catalogue catalogue;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<CertificateGroup> groupFilter = new SimpleObjectProperty<>();
    private final ObservableList<CertificateKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<CertificateKind> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");

    public CatalogueViewModel(Catalogue catalogue, Messages messages) {
        this.catalogue = catalogue;
        this.messages = messages;
        query.addListener((obs, old, text) -> filter());
        groupFilter.addListener((obs, old, group) -> filter());
        selected.addListener((obs, old, kind) -> detail.set(kind == null ? "" : describe(kind)));
        filter();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<CertificateGroup> groupFilterProperty() {
        return groupFilter;
    }

    public ObservableList<CertificateKind> kinds() {
        return kinds;
    }

    public ObjectProperty<CertificateKind> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    private void filter() {
        String text = query.get() == null ? "" : query.get().strip();
        List<CertificateKind> found = text.isEmpty() ? catalogue.all() : catalogue.search(text);
        CertificateGroup group = groupFilter.get();
        List<CertificateKind> shown = found.stream().filter(kind -> group == null || kind.group() == group).toList();
        kinds.setAll(shown);
        if (shown.isEmpty() && !text.isEmpty()) {
            summary.set(messages.get("catalogue.none.found"));
        } else {
            summary.set(messages.get("catalogue.count", shown.size(), catalogue.all().size()));
        }
    }

    public String allGroupsText() {
        return messages.get("catalogue.group.all");
    }

    public String groupName(CertificateGroup group) {
        return switch (group) {
            case ISSUE -> messages.get("catalogue.group.issue");
            case EXCHANGE -> messages.get("catalogue.group.exchange");
            case ABOLISHED_PROVINCIAL -> messages.get("catalogue.group.abolished.provincial");
            case ABOLISHED_LOCAL -> messages.get("catalogue.group.abolished.local");
        };
    }

    public String handledBy(CertificateKind kind) {
        if (kind.handlingRole() == null) {
            return messages.get("catalogue.not.issued");
        }
        return switch (kind.handlingRole()) {
            case HOUSEHOLD_OFFICER -> messages.get("role.household.officer");
            case COMMUNITY_OFFICER -> messages.get("role.community.officer");
            case EITHER -> messages.get("catalogue.role.either");
        };
    }

    public String seal(CertificateKind kind) {
        SealType seal = kind.sealType();
        if (seal == null) {
            return "—";
        }
        return switch (seal) {
            case HOUSEHOLD_REGISTER_SEAL -> messages.get("catalogue.seal.household");
            case OFFICIAL_SEAL -> messages.get("catalogue.seal.official");
        };
    }

    public String approval(CertificateKind kind) {
        if (!kind.issuable()) {
            return "—";
        }
        return kind.headApproval() ? messages.get("catalogue.approval.yes") : messages.get("catalogue.approval.no");
    }

    public String timeLimit(CertificateKind kind) {
        if (!kind.issuable()) {
            return "—";
        }
        return kind.timeLimitWorkingDays() == 0 ? messages.get("catalogue.time.on.the.spot")
                : messages.get("catalogue.time.working.days", kind.timeLimitWorkingDays());
    }

    String describe(CertificateKind kind) {
        StringBuilder text = new StringBuilder();
        line(text, "catalogue.detail.name", kind.name() + (kind.provisional() ? messages.get("catalogue.provisional") : ""));
        line(text, "catalogue.detail.group", groupName(kind.group()));
        if (kind.issuable()) {
            line(text, "catalogue.detail.handled.by", handledBy(kind));
            line(text, "catalogue.detail.seal", seal(kind));
            line(text, "catalogue.detail.approval", approval(kind));
            line(text, "catalogue.detail.stub", kind.stubRequired()
                    ? messages.get("catalogue.approval.yes") : messages.get("catalogue.approval.no"));
            line(text, "catalogue.detail.time.limit", timeLimit(kind));
            line(text, "catalogue.detail.fields", kind.requiredFields().stream()
                    .map(this::fieldLabel).collect(Collectors.joining("、")));
        } else {
            line(text, "catalogue.detail.refusal", kind.refusalReason());
            line(text, "catalogue.detail.use.instead", kind.useInstead());
            line(text, "catalogue.detail.contact", kind.contact());
            if (kind.requester() != null) {
                line(text, "catalogue.detail.requester", kind.requester());
            }
        }
        if (!kind.aliases().isEmpty()) {
            line(text, "catalogue.detail.aliases", String.join("、", kind.aliases()));
        }
        line(text, "catalogue.detail.legal.basis", kind.legalBasis());
        line(text, "catalogue.detail.source", kind.source());
        return text.toString();
    }

    private String fieldLabel(RequiredField field) {
        return field.optional() ? field.label() + messages.get("catalogue.field.optional") : field.label();
    }

    private void line(StringBuilder text, String labelKey, String value) {
        text.append(messages.get(labelKey)).append("：").append(value == null ? "—" : value).append('\n');
    }

}
