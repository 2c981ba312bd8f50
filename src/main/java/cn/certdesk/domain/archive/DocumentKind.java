package cn.certdesk.domain.archive;

/** What an archived PDF is: the paper that went to the applicant (or to the file). */
public enum DocumentKind {
    /** The certificate as printed, with its number and signed QR code (R08). */
    CERTIFICATE,
    /** The stub (存根) kept at the station: the applicant's or agent's signature and phone (R06, R07). */
    STUB,
    /** The written refusal notice for a kind no longer issued or outside the catalogue (R01, R02). */
    REFUSAL_NOTICE,
    /** The no-criminal-record application form the resident signs (R11). */
    NCR_APPLICATION_FORM
}
