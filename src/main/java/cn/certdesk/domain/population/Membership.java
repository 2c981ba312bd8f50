package cn.certdesk.domain.population;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A resident's place in a household over time (户成员). Immutable.
 *
 * @param relationToHead 与户主关系: 户主, 配偶, 子, 女 …
 * @param leftReason     分户, 迁出, 死亡 … ; present exactly when {@code leftOn} is
 */
public record Membership(UUID householdId, String householdNumber, String householdType, String address,
        String relationToHead, LocalDate joinedOn, Optional<LocalDate> leftOn, Optional<String> leftReason) {

    public Membership {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(householdNumber, "householdNumber");
        Objects.requireNonNull(householdType, "householdType");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(relationToHead, "relationToHead");
        Objects.requireNonNull(joinedOn, "joinedOn");
        Objects.requireNonNull(leftOn, "leftOn");
        Objects.requireNonNull(leftReason, "leftReason");
    }

    /** True while the resident still belongs to the household. */
    public boolean current() {
        return leftOn.isEmpty();
    }

    @Override
    public String toString() {
        return "Membership[householdId=" + householdId + ", current=" + current() + "]";
    }
}
