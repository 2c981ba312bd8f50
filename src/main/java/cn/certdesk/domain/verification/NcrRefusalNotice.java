package cn.certdesk.domain.verification;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The written notice when a no-criminal-record verification finds a record (不予出具无违法犯罪记录
 * 核查证明告知书, R12, R02): values for the {@value #TEMPLATE} template. The notice says that a
 * record was found, never what it is (R10: criminal-record information is internal).
 */
public final class NcrRefusalNotice {

    public static final String TEMPLATE = "ncr-refusal-notice";
    /** The reason recorded with the refusal and shown to the applicant. */
    public static final String REASON = "经派出所民警依规核查，发现违法犯罪记录，不符合出具无违法犯罪记录核查证明的条件，不予出具。";
    public static final String LEGAL_BASIS = "吉林省公安厅关于进一步改进和加强公安派出所出具证明工作的通知 第三条："
            + "对核实有违法犯罪记录的，不予出具证明。";

    private NcrRefusalNotice() {
    }

    /**
     * @param applicantName     the person the verification was about
     * @param applicantIdNumber their 公民身份号码
     * @param applicationDate   the day the verification was asked for
     * @param contact           whom the applicant contacts (the station's counter)
     */
    public static Map<String, String> fields(NcrVerification verification, String applicantName,
            String applicantIdNumber, LocalDate applicationDate, String contact) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("applicantName", applicantName);
        fields.put("applicantIdNumber", applicantIdNumber);
        fields.put("applicationDate", applicationDate.toString());
        fields.put("purpose", verification.purpose());
        fields.put("legalBasis", LEGAL_BASIS);
        fields.put("remedy", "");
        fields.put("contact", contact);
        return fields;
    }
}
