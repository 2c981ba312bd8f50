package cn.certdesk.domain.audit;

/**
 * What an audit entry records (R15, R16). The names are stored in the trail and hashed into
 * the chain: never rename one; add new ones at the end.
 */
public enum AuditAction {
    /** An officer logged in. */
    LOGIN,
    /** A police number and password did not match (at login, unlock or a decision); object: the account if known. */
    LOGIN_FAILED,
    /** An officer logged out (menu, exit, or forced after the account locked). */
    LOGOUT,
    /** The officer unlocked the idle-locked desk with their password. */
    UNLOCK,
    /** A person's full record was shown (R16). Object: the resident's UUID, never name or ID number. */
    VIEW_PERSON,
    /** An application was created and its certificate number allocated. */
    CREATE,
    /** An application was sent to the station head for approval. */
    REQUEST_APPROVAL,
    /** A request outside the issue group, or a refused kind, was refused (R01, R02). */
    REFUSE,
    /** The station head approved an application. */
    APPROVE,
    /** The station head rejected an application. */
    REJECT,
    /** An application or issued certificate was voided. */
    VOID,
    /** A reprint of an issued certificate was recorded. */
    REPRINT,
    /** A certificate was sent to the printer (or the attempt failed, or no paper came out). */
    PRINT,
    /** The officer confirmed the paper came out: the certificate is issued. */
    ISSUE,
    /** A desk or station setting changed. */
    SETTINGS_CHANGED,
    /** An officer account was created, unlocked, (de)activated or its password reset. */
    ACCOUNT_CHANGED
}
