package cn.certdesk.ui.templates;

import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.printing.TemplateSamples;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.print.PrintPanelViewModel;
import cn.certdesk.ui.print.PlainPrint;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The installed templates with their (synthetic) samples: see what each prints, and print a test
 * page to check the desk's printer. Nothing here is a certificate or is recorded.
 */
public final class TemplatesViewModel {

    private final TemplateSamples samples;
    private final PrinterGateway printers;
    private final PrintPanelViewModel printPanel;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<TemplateSamples.TemplateSummary> templates = FXCollections.observableArrayList();
    private final ObjectProperty<TemplateSamples.TemplateSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public TemplatesViewModel(TemplateSamples samples, PrinterGateway printers, PrintPanelViewModel printPanel,
            TaskRunner tasks, Messages messages) {
        this.samples = samples;
        this.printers = printers;
        this.printPanel = printPanel;
        this.tasks = tasks;
        this.messages = messages;
        selected.addListener((obs, old, template) -> {
            if (template != null) {
                showSample(template);
            }
        });
    }

    public ObservableList<TemplateSamples.TemplateSummary> templates() {
        return templates;
    }

    public ObjectProperty<TemplateSamples.TemplateSummary> selectedProperty() {
        return selected;
    }

    public PrintPanelViewModel printPanel() {
        return printPanel;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String describe(TemplateSamples.TemplateSummary template) {
        return messages.get("templates.entry", template.title(), template.name(), template.version());
    }

    public void load() {
        message.set(messages.get("templates.loading"));
        tasks.run(samples::templates, list -> {
            templates.setAll(list);
            message.set(messages.get("templates.count", list.size()));
        }, failure -> message.set(messages.ofFailure(failure)));
    }

    private void showSample(TemplateSamples.TemplateSummary template) {
        tasks.run(() -> samples.renderSample(template.name()), pdf -> printPanel.show(new PlainPrint(
                        messages.get("templates.sample.title", template.title(), template.version()),
                        "sample-" + template.name(), pdf, printers)),
                failure -> message.set(messages.ofFailure(failure)));
    }
}
