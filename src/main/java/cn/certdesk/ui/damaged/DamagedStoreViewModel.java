package cn.certdesk.ui.damaged;

import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Shown instead of the login when the store failed its integrity check: what happened, where
 * the file is (it is kept as it is), and the offer to restore the latest backup.
 */
public final class DamagedStoreViewModel {

    private final Messages messages;
    private final TaskRunner tasks;
    private final String damagedFile;
    private final Optional<String> latestBackup;
    private final Callable<String> restore;
    private final Consumer<String> onRestored;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper restoreAvailable = new ReadOnlyBooleanWrapper();

    /**
     * @param restore restores the latest backup and returns where the damaged file was kept
     */
    public DamagedStoreViewModel(Messages messages, TaskRunner tasks, String damagedFile, Optional<String> latestBackup,
            Callable<String> restore, Consumer<String> onRestored) {
        this.messages = messages;
        this.tasks = tasks;
        this.damagedFile = damagedFile;
        this.latestBackup = latestBackup;
        this.restore = restore;
        this.onRestored = onRestored;
        restoreAvailable.set(latestBackup.isPresent());
    }

    public String explanation() {
        return messages.get("damaged.explanation", damagedFile);
    }

    public String backupText() {
        return latestBackup.map(name -> messages.get("damaged.backup.offer", name))
                .orElse(messages.get("damaged.no.backup"));
    }

    public ReadOnlyBooleanProperty restoreAvailableProperty() {
        return restoreAvailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void restoreLatestBackup() {
        if (!restoreAvailable.get()) {
            return;
        }
        restoreAvailable.set(false);
        tasks.run(restore, keptAt -> {
            message.set(messages.get("damaged.restored", keptAt));
            onRestored.accept(keptAt);
        }, failure -> {
            restoreAvailable.set(true);
            message.set(messages.ofFailure(failure));
        });
    }
}
