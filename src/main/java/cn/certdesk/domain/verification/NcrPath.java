package cn.certdesk.domain.verification;

/** How a no-criminal-record verification came to the station (R10: only these two; otherwise refused). */
public enum NcrPath {
    /**
     * R11: a state administrative or judicial organ (political review, case handling) or a
     * special-industry employer (recruitment); its staff member brings the unit's introduction
     * letter and their own valid ID.
     */
    UNIT,
    /**
     * R12: a resident going abroad or emigrating, handling rights affairs outside the province, or
     * where law requires it; applies with the printed application form (附件).
     */
    RESIDENT
}
