package cn.certdesk.domain.application;

/**
 * How an application came to be allowed: the catalogue's normal path, or one of the two
 * overrides, each with a mandatory reason and always head approval. Kept in the projection so
 * statistics count the overrides separately (R13, R14, R15).
 */
public enum Route {
    /** An issue kind of the catalogue (R01). */
    NORMAL,
    /** R13: before the end of the transition period, a kind outside the issue group, with a reason. */
    TRANSITION_OVERRIDE,
    /** R14: 特事特办 — out-of-province rights affairs, going abroad; reason and head approval. */
    SPECIAL_CASE_OVERRIDE;

    /** @return whether this route is an override that needs a reason and approval (R13, R14) */
    public boolean override() {
        return this != NORMAL;
    }
}
