package cn.certdesk.domain.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One generated household (户) with the residents first registered in it and its memberships.
 *
 * <p>A resident appears in {@link #residents()} of exactly one household: the first one the stream
 * delivers that holds them. A resident who split off (分户) later appears only through a
 * {@link SyntheticMembership} of the new household, which the stream delivers after the household it
 * split from; so a consumer that writes households in stream order never meets a membership or a
 * {@link #splitFromId()} pointing forward.
 *
 * @param householdNumber 户号, 9 digits, unique in the population
 * @param type            家庭户 or 集体户
 * @param splitFromId     the household this one split from (分户), or {@code null}
 * @param closedOn        the household was cancelled (e.g. all members moved out), or {@code null}
 * @param closedReason    set together with {@code closedOn}
 */
public record SyntheticHousehold(
        UUID id,
        String householdNumber,
        String type,
        String address,
        String regionCode,
        UUID splitFromId,
        LocalDate closedOn,
        String closedReason,
        List<SyntheticResident> residents,
        List<SyntheticMembership> memberships) {

    public static final String FAMILY = "家庭户";
    public static final String COLLECTIVE = "集体户";

    public SyntheticHousehold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdNumber, "householdNumber");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(regionCode, "regionCode");
        if ((closedOn == null) != (closedReason == null)) {
            throw new IllegalArgumentException("closedOn and closedReason go together");
        }
        residents = List.copyOf(residents);
        memberships = List.copyOf(memberships);
    }

    public boolean closed() {
        return closedOn != null;
    }

    @Override
    public String toString() {
        return "SyntheticHousehold[id=" + id + ", residents=" + residents.size()
                + ", memberships=" + memberships.size() + "]";
    }
}
