package cn.certdesk.ui.approval;

import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.AuthenticationResult;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Permission;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A station head signs in on the lock screen of another officer's locked session, to decide
 * applications without that officer logging out (issue 5). Only an account with the approve
 * permission gets in; the locked session's own officer unlocks instead. The sign-in counts failed
 * passwords toward lock-out like the login screen. Signing out forgets the head; the locked
 * session is never touched.
 */
public final class HeadSignInViewModel {

    private final AccountService accounts;
    private final UUID lockedOfficerId;
    private final TaskRunner tasks;
    private final Messages messages;

    private final StringProperty policeNumber = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Officer> head = new ReadOnlyObjectWrapper<>();

    public HeadSignInViewModel(AccountService accounts, UUID lockedOfficerId, TaskRunner tasks, Messages messages) {
        this.accounts = accounts;
        this.lockedOfficerId = lockedOfficerId;
        this.tasks = tasks;
        this.messages = messages;
    }

    public StringProperty policeNumberProperty() {
        return policeNumber;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The signed-in station head, {@code null} before sign-in and after sign-out. */
    public ReadOnlyObjectProperty<Officer> headProperty() {
        return head.getReadOnlyProperty();
    }

    public void signIn() {
        if (busy.get() || head.get() != null) {
            return;
        }
        String number = policeNumber.get() == null ? "" : policeNumber.get().strip();
        if (number.isEmpty()) {
            message.set(messages.get("login.police.number.missing"));
            return;
        }
        if (password.get() == null || password.get().isEmpty()) {
            message.set(messages.get("login.password.missing"));
            return;
        }
        char[] secret = password.get().toCharArray();
        password.set("");
        busy.set(true);
        tasks.run(() -> {
            try {
                return accounts.authenticate(number, secret);
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }, result -> {
            busy.set(false);
            switch (result) {
                case AuthenticationResult.Success success -> accept(success.officer());
                case AuthenticationResult.WrongCredentials wrong -> message.set(wrong.remainingAttempts() < 0
                        ? messages.get("login.wrong", AccountService.MAX_FAILED_ATTEMPTS)
                        : messages.get("login.wrong.with.remaining", wrong.remainingAttempts()));
                case AuthenticationResult.Locked locked -> message.set(messages.get("login.locked"));
                case AuthenticationResult.Inactive inactive -> message.set(messages.get("login.inactive"));
            }
        }, failure -> {
            busy.set(false);
            message.set(messages.ofFailure(failure));
        });
    }

    private void accept(Officer officer) {
        if (officer.id().equals(lockedOfficerId)) {
            message.set(messages.get("approval.lock.own.session"));
            return;
        }
        if (!officer.may(Permission.APPROVE)) {
            message.set(messages.get("approval.lock.not.head"));
            return;
        }
        message.set("");
        policeNumber.set("");
        head.set(officer);
    }

    /** The head leaves; the locked session stays as it was. */
    public void signOut() {
        head.set(null);
        policeNumber.set("");
        password.set("");
        message.set("");
    }
}
