package cn.certdesk.domain.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A household (户) with all its members past and present, as the household booklet and its history
 * show them. {@link #toString()} shows no address. Immutable.
 *
 * @param splitFromId the household this one split from (分户)
 * @param closedOn    the household was cancelled
 * @param members     current members first (户主 first), then former ones
 */
public record HouseholdView(UUID id, String number, String type, String address, Optional<UUID> splitFromId,
        Optional<LocalDate> closedOn, List<Member> members) {

    public HouseholdView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(splitFromId, "splitFromId");
        Objects.requireNonNull(closedOn, "closedOn");
        members = List.copyOf(members);
    }

    /** The members who still belong to the household. */
    public List<Member> currentMembers() {
        return members.stream().filter(Member::current).toList();
    }

    /** The member entry of {@code residentId}, the latest if they joined more than once. */
    public Optional<Member> memberOf(UUID residentId) {
        return members.stream().filter(member -> member.person().id().equals(residentId))
                .max((left, right) -> left.joinedOn().compareTo(right.joinedOn()));
    }

    @Override
    public String toString() {
        return "HouseholdView[id=" + id + ", members=" + members.size() + "]";
    }

    /**
     * One membership of the household.
     *
     * @param relationToHead 与户主关系
     * @param leftReason     分户, 迁出, 死亡 … ; present exactly when {@code leftOn} is
     */
    public record Member(ResidentSummary person, String relationToHead, LocalDate joinedOn,
            Optional<LocalDate> leftOn, Optional<String> leftReason) {

        public Member {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(relationToHead, "relationToHead");
            Objects.requireNonNull(joinedOn, "joinedOn");
            Objects.requireNonNull(leftOn, "leftOn");
            Objects.requireNonNull(leftReason, "leftReason");
        }

        public boolean current() {
            return leftOn.isEmpty();
        }

        @Override
        public String toString() {
            return "Member[person=" + person.id() + ", current=" + current() + "]";
        }
    }
}
