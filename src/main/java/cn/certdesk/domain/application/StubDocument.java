package cn.certdesk.domain.application;

import cn.certdesk.domain.catalogue.CertificateKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The field values of the printed and archived stub (存根, template {@value #TEMPLATE}): the kind,
 * applicant, agent, phone and the signature image (R06, R07). Pure.
 */
public final class StubDocument {

    /** The stub template's name. */
    public static final String TEMPLATE = "stub";

    private StubDocument() {
    }

    /**
     * @param signaturePng the signature as base64 PNG
     */
    public static Map<String, String> fields(CertificateKind kind, Applicant applicant, Agent agent, String phone,
            String signaturePng) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kindName", kind.name());
        fields.put("applicantName", applicant.name());
        fields.put("applicantIdNumber", applicant.idNumber());
        fields.put("agentName", agent == null ? "" : agent.name());
        fields.put("agentIdNumber", agent == null ? "" : agent.idNumber());
        fields.put("applicantPhone", phone);
        fields.put("summary", "申请出具" + kind.name() + (applicant.checkedAgainstRegister() ? ""
                : "（申请人身份未经人口信息系统核对）") + "，证明内容见同编号证明。");
        fields.put("signatureImage", signaturePng);
        return fields;
    }
}
