package cn.certdesk.ui.identify;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;
import cn.certdesk.domain.application.Agent;
import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.IdNumberMask;
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
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Applicant identification (desk workflow, step 1): the ID number typed or read by a card reader
 * that types like a keyboard (the number, then Enter), checked as it is typed; or a search by name,
 * pinyin initials or full pinyin. Lists show masked ID numbers; only the chosen person's detail
 * shows the whole number (R16).
 *
 * <p>What the rest of the desk reads: {@link #applicantProperty()} — the chosen resident
 * ({@link Applicant#fromRegister}) or a person typed in by hand and flagged "未经人口信息核对"
 * ({@link ManualEntryViewModel}) — and {@link #agentProperty()}, the agent (委托人,
 * {@link AgentEntryViewModel}), {@code null} when the applicant comes in person. Choosing a
 * different applicant ends the previous agent (a new case at the counter); an agent who is the
 * applicant is refused. {@link #residentProperty()} stays the register entry of a chosen resident
 * ({@code null} for a manual entry).
 */
public final class IdentifyViewModel {

    public static final int SEARCH_LIMIT = 50;
    /** Most characters of a search (code points); longer queries are refused, not cut. */
    public static final int MAX_QUERY = 50;

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
    private final ReadOnlyObjectWrapper<Applicant> applicant = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Agent> agent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper manualEntryOpen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper agentEntryOpen = new ReadOnlyBooleanWrapper(false);
    private final ManualEntryViewModel manualEntry;
    private final AgentEntryViewModel agentEntry;
    private final StringBinding applicantLine;
    private final StringBinding agentLine;

    public IdentifyViewModel(PopulationRegister population, IdNumberValidator validator, TaskRunner tasks,
            Messages messages) {
        this.population = population;
        this.validator = validator;
        this.tasks = tasks;
        this.messages = messages;
        idNumber.addListener((obs, old, text) -> checkAsTyped(text));
        this.manualEntry = new ManualEntryViewModel(validator, messages);
        this.agentEntry = new AgentEntryViewModel(validator, messages);
        applicant.addListener((obs, old, now) -> applicantChanged(old, now));
        applicantLine = Bindings.createStringBinding(() -> applicantText(applicant.get()), applicant);
        agentLine = Bindings.createStringBinding(() -> agentText(agent.get()), agent);
    }

    /** The applicant: a resident from the register, or a manual entry; {@code null} until one is chosen. */
    public ObservableValue<Applicant> applicantProperty() {
        return applicant.getReadOnlyProperty();
    }

    /** The agent (委托人); {@code null} when the applicant comes in person. */
    public ObservableValue<Agent> agentProperty() {
        return agent.getReadOnlyProperty();
    }

    public ManualEntryViewModel manualEntry() {
        return manualEntry;
    }

    public AgentEntryViewModel agentEntry() {
        return agentEntry;
    }

    public ReadOnlyBooleanProperty manualEntryOpenProperty() {
        return manualEntryOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty agentEntryOpenProperty() {
        return agentEntryOpen.getReadOnlyProperty();
    }

    /** One line about the applicant for the screen, ID number masked: whether checked against the register. */
    public StringBinding applicantLineProperty() {
        return applicantLine;
    }

    /** One line about the agent, or "本人办理" (in person). */
    public StringBinding agentLineProperty() {
        return agentLine;
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
    // The main field only looks people up, so an unknown address code is shown but needs no reason
    // here: it is asked for when the number is used (manual entry, agent).
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
                applicant.set(null);
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
        try {
            TextInput.require("field.identify.search", text, MAX_QUERY);
        } catch (CertDeskException e) {
            results.clear();
            resultMessage.set(messages.of(e));
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
                    manualEntryOpen.set(false);
                    try {
                        applicant.set(Applicant.fromRegister(detail.record().id(), detail.record().name(),
                                detail.record().idNumber()));
                    } catch (CertDeskException e) {
                        applicant.set(null);
                        resultMessage.set(messages.of(e));
                    }
                }, failure -> resultMessage.set(messages.ofFailure(failure)));
    }

    // --- manual entry (手工录入) ---------------------------------------------------------------

    /** Opens the manual entry, with the number typed in the ID field. */
    public void openManualEntry() {
        agentEntryOpen.set(false);
        manualEntry.start(idNumber.get());
        manualEntryOpen.set(true);
    }

    /**
     * Uses the person typed in as the applicant, flagged "未经人口信息核对". A number the register
     * knows is not typed in by hand: that resident is chosen instead, checked against the register.
     */
    public void confirmManualEntry() {
        Applicant typed = manualEntry.confirm();
        if (typed == null) {
            return;
        }
        tasks.run(() -> population.byIdNumber(typed.idNumber()), found -> {
            if (found.isPresent()) {
                manualEntryOpen.set(false);
                choose(found.get().id());
                show(messages.get("identify.manual.in.register"), false);
                return;
            }
            clearResident();
            applicant.set(typed);
            manualEntryOpen.set(false);
            show(messages.get("identify.manual.done"), false);
        }, failure -> manualEntry.say(messages.ofFailure(failure)));
    }

    // --- agent (委托人) ---------------------------------------------------------------------

    /** Opens the agent form (Alt+A on the screen). */
    public void openAgentEntry() {
        manualEntryOpen.set(false);
        agentEntry.say("");
        agentEntryOpen.set(true);
    }

    /** Uses the agent typed in; refused (form stays open with the reason) when anything is wrong. */
    public void confirmAgent() {
        Agent typed = agentEntry.confirm(applicant.get());
        if (typed != null) {
            agent.set(typed);
            agentEntryOpen.set(false);
        }
    }

    /** The applicant comes in person: no agent. */
    public void inPerson() {
        agent.set(null);
        agentEntry.clear();
        agentEntryOpen.set(false);
    }

    /** Closes an open form without using it; what was chosen before stays. */
    public void closeEntry() {
        manualEntryOpen.set(false);
        agentEntryOpen.set(false);
    }

    private void applicantChanged(Applicant old, Applicant now) {
        Agent current = agent.get();
        if (current == null || now == null) {
            return;
        }
        if (now.samePersonAs(current.idNumber())) {
            agent.set(null);
            agentEntry.say(messages.get("identify.agent.is.applicant"));
        } else if (old != null && !old.samePersonAs(now.idNumber())) {
            // another applicant: a new case at the counter, the previous agent does not carry over
            agent.set(null);
            agentEntry.clear();
        }
    }

    private String applicantText(Applicant chosen) {
        if (chosen == null) {
            return messages.get("identify.applicant.none");
        }
        String line = messages.get(chosen.checkedAgainstRegister() ? "identify.applicant.checked"
                : "identify.applicant.unchecked", chosen.name(), IdNumberMask.mask(chosen.idNumber()));
        return chosen.addressCodeOverride().map(reason -> line + messages.get("identify.applicant.reason", reason))
                .orElse(line);
    }

    private String agentText(Agent chosen) {
        return chosen == null ? messages.get("identify.agent.none")
                : messages.get("identify.agent.line", chosen.name(), IdNumberMask.mask(chosen.idNumber()),
                        chosen.relation());
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
        applicant.set(null);
        agent.set(null);
        agentEntry.clear();
        closeEntry();
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

    /** The detail of an applicant typed in by hand: whole number, gender and birth date from it, the flag. */
    public String manualDetailText(Applicant typed) {
        StringBuilder text = new StringBuilder();
        text.append(messages.get("identify.detail.name", typed.name())).append('\n');
        text.append(messages.get("identify.detail.id.number", typed.idNumber())).append('\n');
        if (typed.derivedGender().isPresent() && typed.derivedBirthDate().isPresent()) {
            text.append(messages.get("identify.manual.derived", typed.derivedGender().get().chineseName(),
                    typed.derivedBirthDate().get().toString())).append('\n');
        }
        typed.addressCodeOverride().ifPresent(reason -> text.append(messages.get("identify.detail.reason", reason))
                .append('\n'));
        text.append(messages.get("identify.detail.manual")).append('\n');
        return text.toString();
    }

    /** The agent's detail, with the whole ID number (a detail, not a list: R16). */
    public String agentDetailText(Agent chosen) {
        String text = messages.get("identify.detail.agent", chosen.name(), chosen.idNumber(), chosen.relation(),
                chosen.phone(), chosen.powerOfAttorneyReference());
        return chosen.addressCodeReason() == null ? text
                : text + '\n' + messages.get("identify.detail.reason", chosen.addressCodeReason());
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
