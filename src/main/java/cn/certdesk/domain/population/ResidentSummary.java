package cn.certdesk.domain.population;

import cn.certdesk.domain.idnumber.Gender;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A resident as a list shows them (search results, household members): the ID number only masked
 * (R16), never the full one. {@link #toString()} shows the id only. Immutable.
 *
 * @param maskedIdNumber e.g. {@code 220102********1234}
 * @param address        the address of the resident's current household, empty if they have none
 */
public record ResidentSummary(UUID id, String name, String maskedIdNumber, Gender gender, LocalDate birthDate,
        boolean deceased, Optional<String> address) {

    public ResidentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maskedIdNumber, "maskedIdNumber");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(address, "address");
    }

    @Override
    public String toString() {
        return "ResidentSummary[id=" + id + "]";
    }
}
