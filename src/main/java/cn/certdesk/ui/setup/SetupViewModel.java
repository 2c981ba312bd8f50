package cn.certdesk.ui.setup;

import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.station.FirstRunSetup;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First start of a real desk with no accounts: the station and the first administrator.
 * Nothing is kept unless every entry is valid.
 */
public final class SetupViewModel {

    private final FirstRunSetup setup;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Officer> onDone;
    private final boolean stationKnown;

    private final StringProperty stationName = new SimpleStringProperty("");
    private final StringProperty stationCode = new SimpleStringProperty("");
    private final StringProperty deskCode = new SimpleStringProperty("01");
    private final StringProperty adminName = new SimpleStringProperty("");
    private final StringProperty policeNumber = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public SetupViewModel(FirstRunSetup setup, boolean stationKnown, TaskRunner tasks, Messages messages,
            Consumer<Officer> onDone) {
        this.setup = setup;
        this.stationKnown = stationKnown;
        this.tasks = tasks;
        this.messages = messages;
        this.onDone = onDone;
    }

    public boolean stationKnown() {
        return stationKnown;
    }

    public StringProperty stationNameProperty() {
        return stationName;
    }

    public StringProperty stationCodeProperty() {
        return stationCode;
    }

    public StringProperty deskCodeProperty() {
        return deskCode;
    }

    public StringProperty adminNameProperty() {
        return adminName;
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        var station = new FirstRunSetup.StationDetails(stationName.get(), stationCode.get(), deskCode.get());
        String name = adminName.get();
        String number = policeNumber.get();
        char[] secret = password.get().toCharArray();
        char[] again = confirmation.get().toCharArray();
        tasks.run(() -> setup.complete(station, name, number, secret, again), admin -> {
            busy.set(false);
            password.set("");
            confirmation.set("");
            onDone.accept(admin);
        }, failure -> {
            busy.set(false);
            message.set(messages.ofFailure(failure));
        });
    }
}
