package cn.certdesk.domain.population;

import cn.certdesk.domain.idnumber.Gender;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A resident's full entry in the population register (常住人口登记), with the full ID number: show it
 * on a detail screen only, and log that it was viewed (R16). {@link #toString()} shows the id only.
 * Immutable.
 *
 * @param idNumber    the 18-character 公民身份号码
 * @param formerNames 曾用名, oldest first
 * @param memberships current ones first, then former ones, latest first
 * @param synthetic   generated demo data
 */
public record ResidentRecord(UUID id, String idNumber, String name, List<String> formerNames, Gender gender,
        String ethnicity, LocalDate birthDate, String birthPlace, Optional<LocalDate> deceasedOn, boolean synthetic,
        List<Membership> memberships) {

    public ResidentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(name, "name");
        formerNames = List.copyOf(formerNames);
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(ethnicity, "ethnicity");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(birthPlace, "birthPlace");
        Objects.requireNonNull(deceasedOn, "deceasedOn");
        memberships = List.copyOf(memberships);
    }

    public boolean deceased() {
        return deceasedOn.isPresent();
    }

    /** The household the resident belongs to now, if any. */
    public Optional<Membership> currentMembership() {
        return memberships.stream().filter(Membership::current).findFirst();
    }

    @Override
    public String toString() {
        return "ResidentRecord[id=" + id + "]";
    }
}
