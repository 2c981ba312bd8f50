package cn.certdesk.domain.stub;

/** Who signs the stub (R06, R07): the applicant in person or an agent. */
public enum Signer {
    /** 申请人本人. */
    APPLICANT("stub.signer.applicant"),
    /** 委托人 (glossary: agent). */
    AGENT("stub.signer.agent");

    private final String messageKey;

    Signer(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The bundle key of the name shown to the officer. */
    public String messageKey() {
        return messageKey;
    }
}
