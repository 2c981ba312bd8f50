package cn.certdesk.ui.main;

import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.AuthenticationResult;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Role;
import cn.certdesk.domain.station.Station;
import cn.certdesk.domain.station.StoreStatus;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window of a logged-in officer: the screens their roles allow, the status bar, and
 * the idle lock. After {@link #idleLockAfter()} without keyboard or mouse input the desk
 * locks; the screen's work stays where it is and only the same officer's password unlocks it.
 */
public final class MainViewModel {

    private final Officer officer;
    private final Station station;
    private final AccountService accounts;
    private final Supplier<StoreStatus> storeStatus;
    private final Clock clock;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Runnable onLogout;

    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper storeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final StringProperty unlockPassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper lockMessage = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.OVERVIEW);

    private final ReadOnlyBooleanWrapper headApprovalOpen = new ReadOnlyBooleanWrapper(false);

    private Duration idleLockAfter;
    private Instant lastActivity;
    private Instant lastHeadActivity;
    private boolean unlocking;

    public MainViewModel(Officer officer, Station station, AccountService accounts, Duration idleLockAfter,
            Supplier<StoreStatus> storeStatus, Clock clock, TaskRunner tasks, Messages messages, Runnable onLogout) {
        this.officer = officer;
        this.station = station;
        this.accounts = accounts;
        this.idleLockAfter = idleLockAfter;
        this.storeStatus = storeStatus;
        this.clock = clock;
        this.tasks = tasks;
        this.messages = messages;
        this.onLogout = onLogout;
        this.lastActivity = clock.instant();
        windowTitle.set(station.synthetic()
                ? messages.get("window.title.demo", station.name())
                : messages.get("window.title", station.name()));
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public String stationText() {
        return messages.get("status.station", station.name(), station.deskCode());
    }

    public String officerText() {
        return messages.get("status.officer", officer.name(), officer.policeNumber());
    }

    public String roleText() {
        return messages.get("status.role", officer.roles().stream().sorted().map(this::roleName)
                .collect(Collectors.joining("、")));
    }

    public String roleName(Role role) {
        return new cn.certdesk.ui.common.RoleNames(messages).of(role);
    }

    public ReadOnlyStringProperty storeTextProperty() {
        return storeText.getReadOnlyProperty();
    }

    public boolean synthetic() {
        return station.synthetic();
    }

    public Officer officer() {
        return officer;
    }

    public List<Screen> screens() {
        return Screen.allowedScreens(officer);
    }

    public String roleSafeTitle(Screen screen) {
        return messages.get(screen.titleKey());
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** Reads the store's state for the status bar (off the FX thread). */
    public void refreshStoreStatus() {
        tasks.run(storeStatus::get, status -> storeText.set(describe(status)),
                failure -> storeText.set(messages.get("status.store.error")));
    }

    private String describe(StoreStatus status) {
        String state = !status.integrityOk() ? messages.get("status.store.damaged")
                : status.current() ? messages.get("status.store.ok") : messages.get("status.store.outdated");
        String kind = station.synthetic() ? messages.get("status.store.synthetic") : messages.get("status.store.real");
        return messages.get("status.store", state, status.schemaVersion(), kind);
    }

    // --- idle lock -------------------------------------------------------------------------

    public Duration idleLockAfter() {
        return idleLockAfter;
    }

    public void setIdleLockAfter(Duration idleLockAfter) {
        this.idleLockAfter = idleLockAfter;
    }

    /** Keyboard or mouse input happened. */
    public void activity() {
        if (!locked.get()) {
            lastActivity = clock.instant();
        } else if (headApprovalOpen.get()) {
            lastHeadActivity = clock.instant();
        }
    }

    /**
     * Called about once a second: locks the desk when it has been idle long enough, and closes a
     * station head's approval on the lock screen left idle as long (the head is signed out).
     */
    public void tick() {
        if (!locked.get() && !Duration.between(lastActivity, clock.instant()).minus(idleLockAfter).isNegative()) {
            lockNow();
        }
        if (headApprovalOpen.get()
                && !Duration.between(lastHeadActivity, clock.instant()).minus(idleLockAfter).isNegative()) {
            closeHeadApproval();
        }
    }

    // --- head approval on the lock screen (issue 5) ------------------------------------------

    /**
     * Whether a station head's approval is open over the lock screen. The locked session, its
     * officer and the work on screen stay as they are; only this officer's password unlocks.
     */
    public ReadOnlyBooleanProperty headApprovalOpenProperty() {
        return headApprovalOpen.getReadOnlyProperty();
    }

    /** Opens the head's sign-in over the lock screen; only while locked. */
    public void openHeadApproval() {
        if (locked.get() && !headApprovalOpen.get()) {
            lastHeadActivity = clock.instant();
            unlockPassword.set("");
            lockMessage.set("");
            headApprovalOpen.set(true);
        }
    }

    /** The head signed out (or left it idle): back to the lock screen. */
    public void closeHeadApproval() {
        headApprovalOpen.set(false);
    }

    public void lockNow() {
        unlockPassword.set("");
        lockMessage.set("");
        locked.set(true);
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public StringProperty unlockPasswordProperty() {
        return unlockPassword;
    }

    public ReadOnlyStringProperty lockMessageProperty() {
        return lockMessage.getReadOnlyProperty();
    }

    public String lockedByText() {
        return messages.get("lock.by", officer.name(), officer.policeNumber());
    }

    /** Unlocks with the logged-in officer's own password; too many failures lock the account and log out. */
    public void unlock() {
        if (!locked.get() || unlocking || headApprovalOpen.get()) {
            return;
        }
        if (unlockPassword.get().isEmpty()) {
            lockMessage.set(messages.get("login.password.missing"));
            return;
        }
        unlocking = true;
        char[] secret = unlockPassword.get().toCharArray();
        tasks.run(() -> accounts.unlockDesk(officer.id(), secret), result -> {
            unlocking = false;
            unlockPassword.set("");
            switch (result) {
                case AuthenticationResult.Success success -> {
                    lockMessage.set("");
                    lastActivity = clock.instant();
                    locked.set(false);
                }
                case AuthenticationResult.WrongCredentials wrong ->
                        lockMessage.set(messages.get("login.wrong.with.remaining", wrong.remainingAttempts()));
                case AuthenticationResult.Locked accountLocked -> leave("account-locked", onLogout);
                case AuthenticationResult.Inactive inactive -> leave("account-inactive", onLogout);
            }
        }, failure -> {
            unlocking = false;
            unlockPassword.set("");
            lockMessage.set(messages.ofFailure(failure));
        });
    }

    /** Logs out from the menu or the lock screen; the logout is an audit entry (R15). */
    public void logout() {
        leave("menu", onLogout);
    }

    /** Closes the desk: recorded as a logout, then {@code onExit} runs. */
    public void exit(Runnable onExit) {
        leave("exit", onExit);
    }

    /** Records the logout on the store's thread, then leaves whether or not that worked (it is logged). */
    private void leave(String how, Runnable then) {
        tasks.run(() -> {
            accounts.logOut(officer, how);
            return null;
        }, done -> then.run(), failure -> then.run());
    }
}
