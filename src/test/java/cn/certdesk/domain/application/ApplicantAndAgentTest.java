package cn.certdesk.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.idnumber.Gender;
import cn.certdesk.domain.record.RecordEvent;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The applicant and agent as recorded: the register flag, the override reason, and agent ≠ applicant. */
class ApplicantAndAgentTest {

    private static final String NUMBER = "22999919800101001" + cn.certdesk.domain.idnumber.CheckCharacter.of(
            "22999919800101001");

    private final ApplicationEvents events = new ApplicationEvents();

    private static RecordEvent event(String payload) {
        return new RecordEvent(1, UUID.randomUUID(), "certificate", UUID.randomUUID(), ApplicationEvents.CREATED,
                payload, java.util.Optional.empty(), UUID.randomUUID(), java.time.Instant.EPOCH);
    }

    private Applicant readBack(Applicant applicant) {
        String json = events.write(applicant);
        return events.read(event(json), Applicant.class);
    }

    @Test
    void R15_theOverrideReasonIsRecordedWithTheApplicant() {
        Applicant typed = Applicant.manualEntry("钱七", NUMBER, "新设区划，已电话核实");
        Applicant back = readBack(typed);
        assertThat(back).isEqualTo(typed);
        assertThat(back.addressCodeOverride()).hasValue("新设区划，已电话核实");
        assertThat(back.checkedAgainstRegister()).isFalse();
    }

    @Test
    void anApplicantRecordedBeforeTheReasonExistedReadsWithoutOne() {
        String old = "{\"residentId\":null,\"name\":\"钱七\",\"idNumber\":\"" + NUMBER + "\",\"checkedAgainstRegister\":false}";
        Applicant back = events.read(event(old), Applicant.class);
        assertThat(back.addressCodeOverride()).isEmpty();
        assertThat(events.write(back)).doesNotContain("derived", "residentIdNumber");
    }

    @Test
    void genderAndBirthDateAreReadFromTheNumberOfAManualEntry() {
        Applicant typed = Applicant.manualEntry("钱七", NUMBER);
        assertThat(typed.derivedGender()).hasValue(Gender.MALE);
        assertThat(typed.derivedBirthDate()).hasValue(LocalDate.of(1980, 1, 1));
        assertThat(Applicant.manualEntry("钱七", "护照E12345678").derivedGender()).isEmpty();
    }

    @Test
    void R16_theReasonAndTheNameStayOutOfToString() {
        Applicant typed = Applicant.manualEntry("钱七", NUMBER, "理由文字");
        Agent agent = new Agent(NUMBER, "孙八", "朋友", "13812345678", "WT-1", "代理人理由");
        assertThat(typed + " " + agent).doesNotContain("钱七", "孙八", "理由文字", "代理人理由", NUMBER);
    }

    @Test
    void anApplicationWhoseAgentIsTheApplicantIsRefused() {
        Applicant applicant = Applicant.manualEntry("钱七", NUMBER);
        Agent same = new Agent(NUMBER.toLowerCase(), "钱七", "本人", "13812345678", "WT-1");
        assertThatThrownBy(() -> NewApplication.of("ISSUE_RESIDENT_IDENTITY", applicant, Map.of(), null)
                .withAgent(same)).isInstanceOfSatisfying(CertDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("identify.agent.is.applicant"));
    }
}
