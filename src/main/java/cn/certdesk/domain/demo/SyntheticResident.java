package cn.certdesk.domain.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One generated resident (常住人口). All values are synthetic; {@link #toString()} shows no
 * personal data so that a resident printed by accident does not look like a real person's data in a log.
 *
 * @param id          UUID of the resident row
 * @param idNumber    18-character 公民身份号码, valid MOD 11-2 check character, unique in the population
 * @param name        may hold characters outside the Basic Multilingual Plane
 * @param formerNames 曾用名, oldest first; empty for most residents
 * @param deceasedOn  date of death, {@code null} while alive
 */
public record SyntheticResident(
        UUID id,
        String idNumber,
        String name,
        List<String> formerNames,
        Gender gender,
        String ethnicity,
        LocalDate birthDate,
        String birthPlace,
        LocalDate deceasedOn) {

    /** Gender as recorded in the register; the ID number's sequence parity follows it (odd = male). */
    public enum Gender {
        MALE("M"), FEMALE("F");

        private final String code;

        Gender(String code) {
            this.code = code;
        }

        /** The store's code: {@code M} or {@code F}. */
        public String code() {
            return code;
        }
    }

    public SyntheticResident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(name, "name");
        formerNames = List.copyOf(formerNames);
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(ethnicity, "ethnicity");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(birthPlace, "birthPlace");
    }

    public boolean deceased() {
        return deceasedOn != null;
    }

    @Override
    public String toString() {
        return "SyntheticResident[id=" + id + "]";
    }
}
