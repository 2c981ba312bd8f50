package cn.certdesk.domain.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * One certificate kind of the catalogue — what people ask a station for, and what the
 * desk does about it. Which fields are set depends on the group (see {@link CatalogueReader}
 * for the file format): issue kinds carry handling data, all other kinds carry the refusal
 * notice data (R01, R02). Immutable and thread-safe.
 *
 * @param code                 stable ASCII code, e.g. {@code ISSUE_KINSHIP}
 * @param name                 Chinese name, e.g. 亲属关系证明
 * @param group                issue / exchange / abolished
 * @param aliases              other words people use for it, for search; may be empty
 * @param legalBasis           the document (and section) the treatment rests on
 * @param source               where the entry comes from (seed section, or a national
 *                             document marked provisional)
 * @param provisional          {@code true} when inferred rather than named by the seeds
 * @param refusalReason        plain-language why not (R01 四个一律); {@code null} for issue kinds
 * @param useInstead           what the applicant uses instead (R02); {@code null} for issue kinds
 * @param contact              whom the applicant or the officer contacts (R02); {@code null}
 *                             for issue kinds
 * @param requester            the departments that ask for it, exchange kinds only, else {@code null}
 * @param handlingRole         who prepares it; issue kinds only, else {@code null}
 * @param sealType             the seal it carries; issue kinds only, else {@code null}
 * @param headApproval         station head must approve before printing (R07, R12)
 * @param stubRequired         the applicant signs the stub and writes a phone number (R06, R07)
 * @param investigation        needs investigation, so it has a time limit instead of on the spot (R09)
 * @param timeLimitWorkingDays 0 = on the spot; otherwise working days allowed (R09: 5)
 * @param requiredFields       content fields of the certificate; empty for non-issue kinds
 * @param verification         what is verified before issuing (R07 record, R10–R12 special);
 *                             {@link VerificationProcedure#NONE} for non-issue kinds
 */
public record CertificateKind(
        String code,
        String name,
        CertificateGroup group,
        List<String> aliases,
        String legalBasis,
        String source,
        boolean provisional,
        String refusalReason,
        String useInstead,
        String contact,
        String requester,
        HandlingRole handlingRole,
        SealType sealType,
        boolean headApproval,
        boolean stubRequired,
        boolean investigation,
        int timeLimitWorkingDays,
        List<RequiredField> requiredFields,
        VerificationProcedure verification) {

    /** A kind without a verification procedure (the catalogue format before {@code verification}). */
    public CertificateKind(String code, String name, CertificateGroup group, List<String> aliases, String legalBasis,
            String source, boolean provisional, String refusalReason, String useInstead, String contact,
            String requester, HandlingRole handlingRole, SealType sealType, boolean headApproval,
            boolean stubRequired, boolean investigation, int timeLimitWorkingDays,
            List<RequiredField> requiredFields) {
        this(code, name, group, aliases, legalBasis, source, provisional, refusalReason, useInstead, contact,
                requester, handlingRole, sealType, headApproval, stubRequired, investigation, timeLimitWorkingDays,
                requiredFields, VerificationProcedure.NONE);
    }

    public CertificateKind {
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(source, "source");
        aliases = List.copyOf(aliases);
        requiredFields = List.copyOf(requiredFields);
        if (group.issuable()) {
            Objects.requireNonNull(handlingRole, "handlingRole");
            Objects.requireNonNull(sealType, "sealType");
        } else {
            Objects.requireNonNull(refusalReason, "refusalReason");
            Objects.requireNonNull(useInstead, "useInstead");
        }
        if (timeLimitWorkingDays < 0) {
            throw new IllegalArgumentException("timeLimitWorkingDays < 0 for " + code);
        }
    }

    /** @return whether the station may issue this kind (R01) */
    public boolean issuable() {
        return group.issuable();
    }

    /** @return whether it is issued on the spot, i.e. has no investigation time limit (R09) */
    public boolean onTheSpot() {
        return timeLimitWorkingDays == 0;
    }
}
