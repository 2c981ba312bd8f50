package cn.certdesk.domain.verification;

import java.util.Objects;

/**
 * One system (or archive) the officer checks for criminal records (R12): 全国违法犯罪人员信息资源库,
 * the provincial systems, the paper archives. Data, from {@link CriminalRecordSystems}. Immutable.
 *
 * @param id     stable lower-camel-case id, e.g. {@code nationalDatabase}
 * @param name   the Chinese name as shown and printed
 * @param source where the seeds name it
 */
public record CriminalRecordSystem(String id, String name, String source) {

    public CriminalRecordSystem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The key of this system's result in a verification record and the field of the application
     * form template ({@code ncr-application-form}): {@code check} + the id with a capital, e.g.
     * {@code checkNationalDatabase}.
     */
    public String recordKey() {
        return NcrVerification.recordKey(id);
    }
}
