package cn.certdesk.domain.verification;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;
import cn.certdesk.domain.idnumber.ResidentIdNumber;
import cn.certdesk.domain.stub.PhoneNumber;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * R12: the application form a resident signs (附件 无违法犯罪记录核查证明出具申请表) — values for the
 * {@value #TEMPLATE} template: the applicant's details, the purpose, and one result line per system
 * of the list (empty while not checked, so the form can be printed before the checks and again
 * after them).
 */
public final class NcrApplicationForm {

    public static final String TEMPLATE = "ncr-application-form";
    /** The letter in the form's number ({@link NcrVerification#documentNumber}). */
    public static final char NUMBER_LETTER = 'A';

    private NcrApplicationForm() {
    }

    /** What the officer fills in beside what the ID number and the register give. */
    public record Details(String ethnicity, String registeredAddress, String currentAddress, String phone,
            String purpose, String recipient) {
    }

    /**
     * @param results system id → result for the systems checked so far
     * @throws CertDeskException naming the first missing or invalid item
     */
    public static Map<String, String> fields(String applicantName, String applicantIdNumber, Details details,
            Map<String, CheckResult> results, CriminalRecordSystems systems) {
        ResidentIdNumber idNumber;
        try {
            idNumber = new ResidentIdNumber(applicantIdNumber.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CertDeskException("ncr.form.applicant.id.invalid");
        }
        ResidentRequest request = new ResidentRequest(details.purpose(), details.recipient(), "-");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("applicantName", applicantName);
        fields.put("applicantGender", idNumber.gender().chineseName());
        fields.put("ethnicity", TextInput.require("field.ncr.ethnicity", details.ethnicity(), 20));
        fields.put("birthDate", idNumber.birthDate().toString());
        fields.put("applicantIdNumber", idNumber.value());
        fields.put("registeredAddress", TextInput.require("field.ncr.registered.address", details.registeredAddress(),
                UnitRequest.MAX_TEXT));
        fields.put("currentAddress", TextInput.require("field.ncr.current.address", details.currentAddress(),
                UnitRequest.MAX_TEXT));
        fields.put("applicantPhone", PhoneNumber.parse(details.phone()).value());
        fields.put("purpose", request.purpose());
        fields.put("recipient", request.recipient());
        for (CriminalRecordSystem system : systems.all()) {
            CheckResult result = results.get(system.id());
            fields.put(system.recordKey(), result == null ? "" : result.printed());
        }
        return fields;
    }
}
