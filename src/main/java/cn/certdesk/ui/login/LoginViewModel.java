package cn.certdesk.ui.login;

import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.AuthenticationResult;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The login screen: police number and password; messages for wrong entries and locked accounts. */
public final class LoginViewModel {

    /**
     * Checks a police number and password. While the desk is still checking its store after the
     * start ({@code app.DeskStart}) the login is already on screen: {@link #authenticate} then waits
     * for the check, and {@link #ready()} is false so that the screen can say why it waits.
     */
    @FunctionalInterface
    public interface Authenticator {
        AuthenticationResult authenticate(String policeNumber, char[] password);

        default boolean ready() {
            return true;
        }
    }

    private final Authenticator accounts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Officer> onLoggedIn;

    private final StringProperty policeNumber = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canLogIn;

    public LoginViewModel(Authenticator accounts, TaskRunner tasks, Messages messages, Consumer<Officer> onLoggedIn) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.messages = messages;
        this.onLoggedIn = onLoggedIn;
        this.canLogIn = Bindings.createBooleanBinding(
                () -> !busy.get() && !policeNumber.get().isBlank() && !password.get().isEmpty(),
                busy, policeNumber, password);
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

    public BooleanBinding canLogInProperty() {
        return canLogIn;
    }

    /** Checks the entries; on success hands the officer on, otherwise says why and clears the password. */
    public void logIn() {
        if (!canLogIn.get()) {
            if (policeNumber.get().isBlank()) {
                message.set(messages.get("login.police.number.missing"));
            } else if (password.get().isEmpty()) {
                message.set(messages.get("login.password.missing"));
            }
            return;
        }
        busy.set(true);
        message.set(accounts.ready() ? "" : messages.get("login.store.checking"));
        String number = policeNumber.get();
        char[] secret = password.get().toCharArray();
        tasks.run(() -> accounts.authenticate(number, secret), result -> {
            busy.set(false);
            password.set("");
            switch (result) {
                case AuthenticationResult.Success success -> {
                    message.set("");
                    onLoggedIn.accept(success.officer());
                }
                // The same words for an unknown number and a wrong password: the screen does not
                // tell which police numbers have accounts.
                case AuthenticationResult.WrongCredentials wrong ->
                        message.set(messages.get("login.wrong", AccountService.MAX_FAILED_ATTEMPTS));
                case AuthenticationResult.Locked locked -> message.set(messages.get("login.locked"));
                case AuthenticationResult.Inactive inactive -> message.set(messages.get("login.inactive"));
            }
        }, failure -> {
            busy.set(false);
            password.set("");
            message.set(messages.ofFailure(failure));
        });
    }
}
