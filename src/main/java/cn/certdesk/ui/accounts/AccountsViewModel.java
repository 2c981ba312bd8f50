package cn.certdesk.ui.accounts;

import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Role;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The administrator's account management: create, unlock, deactivate, reset a password. */
public final class AccountsViewModel {

    private final Officer administrator;
    private final AccountService accounts;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObjectProperty<Officer> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty policeNumber = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AccountsViewModel(Officer administrator, AccountService accounts, TaskRunner tasks, Messages messages) {
        this.administrator = administrator;
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        for (Role role : Role.values()) {
            roles.put(role, new SimpleBooleanProperty(false));
        }
    }

    public ObservableList<Officer> officers() {
        return officers;
    }

    public ObjectProperty<Officer> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty policeNumberProperty() {
        return policeNumber;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public BooleanProperty roleProperty(Role role) {
        return roles.get(role);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String rolesText(Officer officer) {
        return officer.roles().stream().sorted().map(this::roleName).collect(Collectors.joining("、"));
    }

    public String roleName(Role role) {
        return new cn.certdesk.ui.common.RoleNames(messages).of(role);
    }

    public String stateText(Officer officer) {
        if (!officer.active()) {
            return messages.get("accounts.state.inactive");
        }
        return officer.locked() ? messages.get("accounts.state.locked") : messages.get("accounts.state.active");
    }

    public void refresh() {
        tasks.run(() -> accounts.listOfficers(administrator), officers::setAll,
                failure -> message.set(messages.ofFailure(failure)));
    }

    public void create() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((role, ticked) -> {
            if (ticked.get()) {
                chosen.add(role);
            }
        });
        String officerName = name.get();
        String number = policeNumber.get();
        char[] secret = password.get().toCharArray();
        char[] again = confirmation.get().toCharArray();
        tasks.run(() -> accounts.createOfficer(administrator, officerName, number, chosen, secret, again), created -> {
            message.set(messages.get("accounts.created", created.name(), created.policeNumber()));
            name.set("");
            policeNumber.set("");
            password.set("");
            confirmation.set("");
            roles.values().forEach(ticked -> ticked.set(false));
            refresh();
        }, failure -> message.set(messages.ofFailure(failure)));
    }

    public void unlockSelected() {
        Officer officer = selected.get();
        if (officer == null) {
            message.set(messages.get("accounts.select.first"));
            return;
        }
        tasks.run(() -> accounts.unlock(administrator, officer.id()), unlocked -> {
            message.set(messages.get("accounts.unlocked", unlocked.name()));
            refresh();
        }, failure -> message.set(messages.ofFailure(failure)));
    }

    public void toggleActiveSelected() {
        Officer officer = selected.get();
        if (officer == null) {
            message.set(messages.get("accounts.select.first"));
            return;
        }
        tasks.run(() -> accounts.setActive(administrator, officer.id(), !officer.active()), changed -> {
            message.set(messages.get(changed.active() ? "accounts.activated" : "accounts.deactivated", changed.name()));
            refresh();
        }, failure -> message.set(messages.ofFailure(failure)));
    }

    /** Sets the selected officer's password to the one typed in the password fields. */
    public void resetPasswordOfSelected() {
        Officer officer = selected.get();
        if (officer == null) {
            message.set(messages.get("accounts.select.first"));
            return;
        }
        char[] secret = password.get().toCharArray();
        char[] again = confirmation.get().toCharArray();
        tasks.run(() -> accounts.resetPassword(administrator, officer.id(), secret, again), changed -> {
            password.set("");
            confirmation.set("");
            message.set(messages.get("accounts.password.reset", changed.name()));
            refresh();
        }, failure -> message.set(messages.ofFailure(failure)));
    }
}
