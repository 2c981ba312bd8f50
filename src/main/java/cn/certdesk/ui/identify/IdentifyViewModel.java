package cn.certdesk.ui.identify;

import cn.certdesk.domain.idnumber.IdNumberCheck;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.population.HouseholdView;
import cn.certdesk.domain.population.PopulationRegister;
import cn.certdesk.domain.population.Relative;
import cn.certdesk.domain.population.ResidentRecord;
import cn.certdesk.domain.population.ResidentSummary;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Applicant identification (desk workflow, step 1): the ID number typed or read by a card reader
 * that types like a keyboard (the number, then Enter), checked as it is typed; or a search by name,
 * pinyin initials or full pinyin. Lists show masked ID numbers; only the chosen person's detail
 * shows the whole number (R16).
 */
public final class IdentifyViewModel {

    public static final int SEARCH_LIMIT = 50;

    private final PopulationRegister population;
    private final IdNumberValidator validator;
    private final TaskRunner tasks;
    private final Messages messages;

    private final StringProperty idNumber = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper idMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper idProblem = new ReadOnlyBooleanWrapper(false);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<ResidentSummary> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper resultMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ResidentRecord> resident = new ReadOnlyObjectWrapper<>();
    private final ObservableList<HouseholdView> households = FXCollections.observableArrayList();
    private final ObservableList<Relative> relatives = FXCollections.observableArrayList();

    public IdentifyViewModel(PopulationRegister population, IdNumberValidator validator, TaskRunner tasks,
            Messages messages) {
        this.population = population;
        this.validator = validator;
        this.tasks = tasks;
        this.messages = messages;
        idNumber.addListener((obs, old, text) -> checkAsTyped(text));
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public ReadOnlyStringProperty idMessageProperty() {
        return idMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty idProblemProperty() {
        return idProblem.getReadOnlyProperty();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ResidentSummary> results() {
        return results;
    }

    public ReadOnlyStringProperty resultMessageProperty() {
        return resultMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ResidentRecord> residentProperty() {
        return resident.getReadOnlyProperty();
    }

    public ObservableList<HouseholdView> households() {
        return households;
    }

    public ObservableList<Relative> relatives() {
        return relatives;
    }

    /** While typing: a wrong character at once, the other reasons when the number is complete. */
    private void checkAsTyped(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            show("", false);
            return;
        }
        IdNumberCheck check = validator.validate(typed);
        if (check instanceof IdNumberCheck.Rejected rejected) {
            boolean complete = typed.length() >= 18 || typed.codePoints().anyMatch(cp -> !Character.isDigit(cp)
                    && cp != 'x' && cp != 'X' && cp != 'ｘ' && cp != 'Ｘ');
            show(complete ? rejected.message() : messages.get("identify.id.typing", typed.length()), complete);
        } else if (check instanceof IdNumberCheck.Valid valid) {
            String note = valid.convertedFrom15() ? messages.get("identify.id.converted", valid.number().value()) : "";
            String warnings = String.join("；", valid.warningMessages());
            show(messages.get("identify.id.valid") + (note.isEmpty() ? "" : " " + note)
                    + (warnings.isEmpty() ? "" : " " + warnings), false);
        }
    }

    private void show(String message, boolean problem) {
        idMessage.set(message);
        idProblem.set(problem);
    }

    /** Enter in the ID field (also what a card reader sends): look the number up in the register. */
    public void lookUpIdNumber() {
        IdNumberCheck check = validator.validate(idNumber.get());
        if (check instanceof IdNumberCheck.Rejected rejected) {
            show(rejected.message(), true);
            return;
        }
        String normalized = ((IdNumberCheck.Valid) check).number().value();
        tasks.run(() -> population.byIdNumber(normalized), found -> {
            if (found.isPresent()) {
                choose(found.get().id());
            } else {
                clearResident();
                show(messages.get("identify.id.not.in.register"), true);
            }
        }, failure -> show(messages.ofFailure(failure), true));
    }

    /** Enter in the search field: name, pinyin initials, full pinyin or part of an ID number. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            resultMessage.set(messages.get("identify.search.empty"));
            return;
        }
        tasks.run(() -> population.search(text, SEARCH_LIMIT), found -> {
            results.setAll(found);
            resultMessage.set(found.isEmpty() ? messages.get("identify.search.none")
                    : found.size() >= SEARCH_LIMIT ? messages.get("identify.search.more", SEARCH_LIMIT)
                    : messages.get("identify.search.count", found.size()));
        }, failure -> resultMessage.set(messages.ofFailure(failure)));
    }

    /** Shows one resident's detail: the whole ID number, the households (current and former) and relatives. */
    public void choose(UUID residentId) {
        tasks.run(() -> new Detail(population.get(residentId), population.householdsOf(residentId),
                population.relativesOf(residentId)), detail -> {
                    resident.set(detail.record());
                    households.setAll(detail.households());
                    relatives.setAll(detail.relatives());
                }, failure -> resultMessage.set(messages.ofFailure(failure)));
    }

    private record Detail(ResidentRecord record, List<HouseholdView> households, List<Relative> relatives) {
    }

    /** The next applicant: the ID number, the search and the shown resident are cleared. */
    public void clear() {
        idNumber.set("");
        query.set("");
        results.clear();
        resultMessage.set("");
        clearResident();
    }

    private void clearResident() {
        resident.set(null);
        households.clear();
        relatives.clear();
    }

    // --- texts for the view ---------------------------------------------------------------

    public String summaryLine(ResidentSummary person) {
        return messages.get("identify.result.line", person.name(), person.maskedIdNumber(),
                person.gender().chineseName(), person.birthDate().toString(),
                person.deceased() ? messages.get("identify.deceased") : "");
    }

    public String detailText(ResidentRecord record) {
        StringBuilder text = new StringBuilder();
        text.append(messages.get("identify.detail.name", record.name())).append('\n');
        if (!record.formerNames().isEmpty()) {
            text.append(messages.get("identify.detail.former.names", String.join("、", record.formerNames()))).append('\n');
        }
        text.append(messages.get("identify.detail.id.number", record.idNumber())).append('\n');
        text.append(messages.get("identify.detail.person", record.gender().chineseName(), record.ethnicity(),
                record.birthDate().toString(), record.birthPlace())).append('\n');
        record.deceasedOn().ifPresent(date -> text.append(messages.get("identify.detail.deceased", date.toString()))
                .append('\n'));
        if (record.synthetic()) {
            text.append(messages.get("identify.detail.synthetic")).append('\n');
        }
        return text.toString();
    }

    public String householdText(HouseholdView household) {
        StringBuilder text = new StringBuilder(messages.get("identify.household.line", household.number(),
                household.type(), household.address()));
        household.closedOn().ifPresent(date -> text.append(messages.get("identify.household.closed", date.toString())));
        for (HouseholdView.Member member : household.members()) {
            text.append('\n').append(messages.get("identify.household.member", member.relationToHead(),
                    member.person().name(), member.person().maskedIdNumber(),
                    member.leftOn().map(date -> messages.get("identify.household.left", date.toString(),
                            member.leftReason().orElse(""))).orElse("")));
        }
        return text.toString();
    }

    public String relativeLine(Relative relative) {
        return messages.get("identify.relative.line", relative.relation(), relative.person().name(),
                relative.person().maskedIdNumber(), relative.formerHousehold()
                        ? messages.get("identify.relative.former") : messages.get("identify.relative.current"));
    }
}
