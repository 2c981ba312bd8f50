package cn.certdesk.domain.verification;

import cn.certdesk.domain.CertDeskException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A no-criminal-record verification (无违法犯罪记录核查, R10–R12): how the request came (the unit
 * path of R11 or the resident path of R12) and what the officer found in each system checked.
 * R10: without one of the two paths and a complete check with nothing found, no certificate; a
 * found record ends in a recorded refusal with the written notice (R12), never a certificate.
 *
 * <p>It travels as the application's verification record ({@link #toRecord()}, item id → value,
 * in the {@code application-created} event, so the approving station head sees it) and as the
 * record of a refusal. Immutable; {@link #toString()} shows no personal data.
 *
 * @param id       the verification's id: the application form is archived under it, and a refusal
 *                 it ends in is recorded under it
 * @param path     unit (R11) or resident (R12)
 * @param unit     the unit's request, for the unit path only (else {@code null})
 * @param resident the resident's application, for the resident path only (else {@code null})
 * @param checks   system id → result, for the systems checked so far, in the order checked
 */
public record NcrVerification(UUID id, NcrPath path, UnitRequest unit, ResidentRequest resident,
        Map<String, CheckResult> checks) {

    /** The procedure's name in a record (the catalogue's {@code verification} value). */
    public static final String PROCEDURE = "NO_CRIMINAL_RECORD";

    /** The event, in the refusal's aggregate, that keeps the verification record of a refusal (R12, R15). */
    public static final String RECORDED_EVENT = "ncr-verification-recorded";

    public static final String KEY_PROCEDURE = "procedure";
    public static final String KEY_ID = "verificationId";
    public static final String KEY_PATH = "path";
    public static final String KEY_UNIT_NAME = "unitName";
    public static final String KEY_LETTER_NUMBER = "letterNumber";
    public static final String KEY_STAFF_NAME = "staffName";
    public static final String KEY_STAFF_ID_NUMBER = "staffIdNumber";
    public static final String KEY_PURPOSE = "purpose";
    public static final String KEY_RECIPIENT = "recipient";
    public static final String KEY_FORM_NUMBER = "formNumber";
    private static final String CHECK_PREFIX = "check";

    /** How a verification stands. */
    public enum Outcome {
        /** Some system is not checked yet, and nothing was found so far. */
        INCOMPLETE,
        /** Every system checked, nothing found: the application may go on, to head approval (R12). */
        NONE_FOUND,
        /** A record was found in at least one system: refusal with the written notice (R12). */
        RECORD_FOUND
    }

    public NcrVerification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        if ((path == NcrPath.UNIT) != (unit != null) || (path == NcrPath.RESIDENT) != (resident != null)) {
            throw new IllegalArgumentException("the request must match the path " + path);
        }
        checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }

    /** R11: a unit's request through its staff member. */
    public static NcrVerification unit(UUID id, UnitRequest request, Map<String, CheckResult> checks) {
        return new NcrVerification(id, NcrPath.UNIT, Objects.requireNonNull(request, "request"), null, checks);
    }

    /** R12: a resident's application with the printed form. */
    public static NcrVerification resident(UUID id, ResidentRequest request, Map<String, CheckResult> checks) {
        return new NcrVerification(id, NcrPath.RESIDENT, null, Objects.requireNonNull(request, "request"), checks);
    }

    /** The systems of the list not checked yet, in list order. */
    public List<CriminalRecordSystem> unchecked(CriminalRecordSystems systems) {
        return systems.all().stream().filter(system -> !checks.containsKey(system.id())).toList();
    }

    /**
     * R12: a record found anywhere decides (refusal); nothing found decides only once every
     * system of the list is checked.
     */
    public Outcome outcome(CriminalRecordSystems systems) {
        if (checks.containsValue(CheckResult.RECORD_FOUND)) {
            return Outcome.RECORD_FOUND;
        }
        return unchecked(systems).isEmpty() ? Outcome.NONE_FOUND : Outcome.INCOMPLETE;
    }

    /** What the certificate or refusal is for, on either path. */
    public String purpose() {
        return path == NcrPath.UNIT ? unit.purpose() : resident.purpose();
    }

    /**
     * The certificate's 核查结论 ({@code checkResult} field) once nothing was found: which systems
     * were searched, in the wording of the catalogue notes ("经查询，未发现…").
     */
    public String checkResultText(CriminalRecordSystems systems) {
        if (outcome(systems) != Outcome.NONE_FOUND) {
            throw new IllegalStateException("only a complete verification with nothing found has a result text");
        }
        List<String> names = systems.all().stream().map(CriminalRecordSystem::name).toList();
        String searched = names.size() == 1 ? names.get(0)
                : String.join("、", names.subList(0, names.size() - 1)) + "及" + names.get(names.size() - 1);
        return "经查询" + searched + "，均未发现记录。";
    }

    /**
     * The verification in plain Chinese lines for the approving station head and for history (the
     * staff member's ID number masked): path and request, then one line per system of the list.
     */
    public List<String> summary(CriminalRecordSystems systems) {
        List<String> lines = new ArrayList<>();
        if (path == NcrPath.UNIT) {
            lines.add("核查途径：单位核实（持单位介绍信，R11）");
            lines.add("单位：" + unit.unitName() + "　介绍信编号：" + unit.letterNumber());
            lines.add("来人：" + unit.staffName() + "（"
                    + new cn.certdesk.domain.idnumber.ResidentIdNumber(unit.staffIdNumber()).masked() + "）");
            lines.add("核查事由：" + unit.purpose());
        } else {
            lines.add("核查途径：居民本人申请（申请表编号 " + resident.formNumber() + "，R12）");
            lines.add("用途：" + resident.purpose() + "　提交：" + resident.recipient());
        }
        for (CriminalRecordSystem system : systems.all()) {
            CheckResult result = checks.get(system.id());
            lines.add(system.name() + "：" + (result == null ? "未核查" : result.printed()));
        }
        return lines;
    }

    /** The verification as the record that travels with the application or the refusal. */
    public Map<String, String> toRecord() {
        Map<String, String> record = new LinkedHashMap<>();
        record.put(KEY_PROCEDURE, PROCEDURE);
        record.put(KEY_ID, id.toString());
        record.put(KEY_PATH, path.name());
        if (path == NcrPath.UNIT) {
            record.put(KEY_UNIT_NAME, unit.unitName());
            record.put(KEY_LETTER_NUMBER, unit.letterNumber());
            record.put(KEY_STAFF_NAME, unit.staffName());
            record.put(KEY_STAFF_ID_NUMBER, unit.staffIdNumber());
            record.put(KEY_PURPOSE, unit.purpose());
        } else {
            record.put(KEY_PURPOSE, resident.purpose());
            record.put(KEY_RECIPIENT, resident.recipient());
            record.put(KEY_FORM_NUMBER, resident.formNumber());
        }
        checks.forEach((system, result) -> record.put(recordKey(system), result.name()));
        return record;
    }

    /**
     * Reads a record written by {@link #toRecord()} (or typed by a caller): every item checked.
     *
     * @throws CertDeskException {@code ncr.verification.missing} when it is not a no-criminal-record
     *                           verification, {@code ncr.verification.invalid} when an item is
     *                           malformed, or the message of the first invalid field
     */
    public static NcrVerification fromRecord(Map<String, String> record) {
        if (record == null || !PROCEDURE.equals(record.get(KEY_PROCEDURE))) {
            throw new CertDeskException("ncr.verification.missing"); // R10
        }
        UUID id;
        NcrPath path;
        try {
            id = UUID.fromString(String.valueOf(record.get(KEY_ID)));
            path = NcrPath.valueOf(String.valueOf(record.get(KEY_PATH)));
        } catch (IllegalArgumentException e) {
            throw new CertDeskException("ncr.verification.invalid", KEY_PATH);
        }
        Map<String, CheckResult> checks = new LinkedHashMap<>();
        List<String> known = new ArrayList<>(List.of(KEY_PROCEDURE, KEY_ID, KEY_PATH, KEY_PURPOSE));
        for (Map.Entry<String, String> item : record.entrySet()) {
            String key = item.getKey();
            if (key.startsWith(CHECK_PREFIX) && key.length() > CHECK_PREFIX.length()
                    && Character.isUpperCase(key.charAt(CHECK_PREFIX.length()))) {
                try {
                    checks.put(systemId(key), CheckResult.valueOf(item.getValue()));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new CertDeskException("ncr.verification.invalid", key);
                }
                known.add(key);
            }
        }
        NcrVerification verification;
        if (path == NcrPath.UNIT) {
            known.addAll(List.of(KEY_UNIT_NAME, KEY_LETTER_NUMBER, KEY_STAFF_NAME, KEY_STAFF_ID_NUMBER));
            verification = unit(id, new UnitRequest(record.get(KEY_UNIT_NAME), record.get(KEY_LETTER_NUMBER),
                    record.get(KEY_STAFF_NAME), record.get(KEY_STAFF_ID_NUMBER), record.get(KEY_PURPOSE)), checks);
        } else {
            known.addAll(List.of(KEY_RECIPIENT, KEY_FORM_NUMBER));
            verification = resident(id, new ResidentRequest(record.get(KEY_PURPOSE), record.get(KEY_RECIPIENT),
                    record.get(KEY_FORM_NUMBER)), checks);
        }
        for (String key : record.keySet()) {
            if (!known.contains(key)) {
                throw new CertDeskException("ncr.verification.invalid", key);
            }
        }
        return verification;
    }

    /** The record key of a system's result: {@code check} + the id with a capital. */
    public static String recordKey(String systemId) {
        return CHECK_PREFIX + Character.toUpperCase(systemId.charAt(0)) + systemId.substring(1);
    }

    private static String systemId(String recordKey) {
        String rest = recordKey.substring(CHECK_PREFIX.length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    /**
     * A form number of a verification: station, desk, year, a letter for the paper and a part of the
     * verification's id (the same shape as a refusal notice's number, which has no certificate number).
     */
    public static String documentNumber(UUID verificationId, String stationCode, String deskCode, int year,
            char kindLetter) {
        return stationCode + "-" + deskCode + "-" + year + "-" + kindLetter
                + verificationId.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "NcrVerification[" + id + ", " + path + ", " + checks + "]";
    }
}
