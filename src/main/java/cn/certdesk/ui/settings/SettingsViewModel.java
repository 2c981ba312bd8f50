package cn.certdesk.ui.settings;

import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.station.DeskSettings;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Desk settings the administrator may change: for now the idle lock time. */
public final class SettingsViewModel {

    private final Officer officer;
    private final DeskSettings settings;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Duration> onIdleLockChanged;
    private final StringProperty idleMinutes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SettingsViewModel(Officer officer, DeskSettings settings, TaskRunner tasks, Messages messages,
            Consumer<Duration> onIdleLockChanged) {
        this.officer = officer;
        this.settings = settings;
        this.tasks = tasks;
        this.messages = messages;
        this.onIdleLockChanged = onIdleLockChanged;
    }

    public StringProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void load() {
        tasks.run(settings::idleLockAfter, after -> idleMinutes.set(Long.toString(after.toMinutes())),
                failure -> message.set(messages.ofFailure(failure)));
    }

    public void save() {
        int minutes;
        try {
            minutes = Integer.parseInt(idleMinutes.get().strip());
        } catch (NumberFormatException e) {
            message.set(messages.get("settings.idle.lock.range", 1, DeskSettings.MAX_IDLE_LOCK_MINUTES));
            return;
        }
        tasks.run(() -> {
            settings.setIdleLockMinutes(officer, minutes);
            return settings.idleLockAfter();
        }, after -> {
            onIdleLockChanged.accept(after);
            message.set(messages.get("settings.saved"));
        }, failure -> message.set(messages.ofFailure(failure)));
    }
}
