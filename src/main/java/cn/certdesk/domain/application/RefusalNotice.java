package cn.certdesk.domain.application;

import cn.certdesk.domain.catalogue.CertificateKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The written notice for a refusal (不予出具证明告知书, R02): why, the legal basis, what to use instead
 * and whom to contact, in the words of the catalogue; for a request outside the catalogue, the
 * applicant's own words and the general rule (R01). Values for the {@value #TEMPLATE} template.
 */
public final class RefusalNotice {

    public static final String TEMPLATE = "refusal-notice";
    public static final String OUTSIDE_REASON =
            "该事项不在公安派出所出具证明的范围内。按照“法定证件可以证明的一律不出、不属于公安机关职责范围的一律不出、"
                    + "可以通过信息交换证明的一律不出、未经省级以上部门要求出具的一律不出”的原则，派出所不予出具。";
    public static final String OUTSIDE_BASIS = "吉公办字〔2015〕56号《关于改进公安派出所出具证明有关事项的通知》";
    public static final String OUTSIDE_INSTEAD = "请向要求您提供证明的单位说明本告知书内容；相关信息可由该单位通过部门间信息核查取得，"
            + "或凭居民身份证、户口簿办理。";
    public static final String OUTSIDE_CONTACT = "本派出所户籍窗口，或上级公安机关户政管理部门";

    private RefusalNotice() {
    }

    /** The fields for a kind of the catalogue that stations no longer issue. */
    public static Map<String, String> forKind(CertificateKind kind, String applicantName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("applicantName", applicantName);
        fields.put("requestedCertificate", kind.name());
        fields.put("refusalReason", kind.refusalReason());
        fields.put("legalBasis", kind.legalBasis());
        fields.put("useInstead", kind.useInstead());
        fields.put("contact", kind.contact());
        return fields;
    }

    /** The fields for a request that is not in the catalogue at all, in the applicant's words. */
    public static Map<String, String> outsideCatalogue(String requestText, String applicantName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("applicantName", applicantName);
        fields.put("requestedCertificate", requestText);
        fields.put("refusalReason", OUTSIDE_REASON);
        fields.put("legalBasis", OUTSIDE_BASIS);
        fields.put("useInstead", OUTSIDE_INSTEAD);
        fields.put("contact", OUTSIDE_CONTACT);
        return fields;
    }

    /** The notice's own number: station, desk, year and the refusal's id (refusals take no certificate number). */
    public static String number(String stationCode, String deskCode, int year, UUID refusalId) {
        return stationCode + "-" + deskCode + "-" + year + "-R" + refusalId.toString().substring(0, 8).toUpperCase();
    }
}
