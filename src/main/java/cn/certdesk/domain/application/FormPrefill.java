package cn.certdesk.domain.application;

import cn.certdesk.domain.catalogue.RequiredField;
import cn.certdesk.domain.population.Membership;
import cn.certdesk.domain.population.Relative;
import cn.certdesk.domain.population.ResidentRecord;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * R06: the content of a certificate filled from the population register, as each catalogue field's
 * {@code prefill} source says — the officer checks it rather than types it. Sources:
 * <ul>
 *   <li>{@code applicant.name}, {@code .idNumber}, {@code .gender} (男/女), {@code .ethnicity},
 *       {@code .birthDate} (ISO), {@code .formerNames} (joined with 、), {@code .address} (the current
 *       household's address, else the latest former one);</li>
 *   <li>{@code relative.name}, {@code .idNumber}, {@code .relation} (the register's relation, e.g.
 *       母子), {@code .basis} (the household-register entry the relation rests on, saying when it is
 *       a former household);</li>
 *   <li>{@code today}: the issue date (ISO).</li>
 * </ul>
 * A source the data cannot answer (a manual applicant, no relative chosen) leaves the field empty
 * for the officer. Pure and thread-safe.
 */
public final class FormPrefill {

    private FormPrefill() {
    }

    /**
     * @param applicant the applicant's register entry; {@code null} for a manual entry
     * @param relative  the relative chosen for a kinship certificate, {@code null} if none
     * @param relativeRecord the relative's register entry (for the full ID number), {@code null} if none
     * @return field id → value, only for fields whose source has a value
     */
    public static Map<String, String> values(List<RequiredField> fields, ResidentRecord applicant, Relative relative,
            ResidentRecord relativeRecord, LocalDate today) {
        Objects.requireNonNull(fields, "fields");
        Map<String, String> values = new LinkedHashMap<>();
        for (RequiredField field : fields) {
            field.prefillSource().flatMap(source -> resolve(source, applicant, relative, relativeRecord, today))
                    .filter(value -> !value.isBlank())
                    .ifPresent(value -> values.put(field.id(), value));
        }
        return values;
    }

    /** Whether any field takes its value from a relative (the form then offers the register's relatives). */
    public static boolean needsRelative(List<RequiredField> fields) {
        return fields.stream().anyMatch(field -> field.prefillSource().filter(s -> s.startsWith("relative.")).isPresent());
    }

    static Optional<String> resolve(String source, ResidentRecord applicant, Relative relative,
            ResidentRecord relativeRecord, LocalDate today) {
        if (source.equals("today")) {
            return Optional.of(today.toString());
        }
        if (source.startsWith("applicant.")) {
            return applicant == null ? Optional.empty() : person(source.substring("applicant.".length()), applicant);
        }
        if (source.startsWith("relative.") && relative != null) {
            return switch (source.substring("relative.".length())) {
                case "relation" -> Optional.of(relative.relation());
                case "basis" -> Optional.of("常住人口登记表（户号 " + relative.throughHousehold().number()
                        + (relative.formerHousehold() ? "，原同户" : "，现同户") + "）");
                default -> relativeRecord == null ? Optional.empty()
                        : person(source.substring("relative.".length()), relativeRecord);
            };
        }
        return Optional.empty();
    }

    private static Optional<String> person(String item, ResidentRecord record) {
        return switch (item) {
            case "name" -> Optional.of(record.name());
            case "idNumber" -> Optional.of(record.idNumber());
            case "gender" -> Optional.of(record.gender().chineseName());
            case "ethnicity" -> Optional.of(record.ethnicity());
            case "birthDate" -> Optional.of(record.birthDate().toString());
            case "formerNames" -> Optional.of(String.join("、", record.formerNames()));
            case "address" -> record.currentMembership().or(() -> record.memberships().stream().findFirst())
                    .map(Membership::address);
            default -> Optional.empty();
        };
    }
}
