package cn.certdesk.domain.demo;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A resident's place in a household over time (one {@code household_member} row).
 *
 * @param relation   与户主关系: 户主, 配偶, 子, 女, 父, 母, 孙子, 孙女, 兄, 弟, 姐, 妹, 儿媳, 女婿, 集体户成员
 * @param leftOn     {@code null} while the resident still belongs to the household
 * @param leftReason 死亡, 分户 or 迁出 when {@code leftOn} is set, else {@code null}
 */
public record SyntheticMembership(
        UUID id,
        UUID householdId,
        UUID residentId,
        String relation,
        LocalDate joinedOn,
        LocalDate leftOn,
        String leftReason) {

    public static final String HEAD = "户主";
    public static final String LEFT_DECEASED = "死亡";
    public static final String LEFT_SPLIT = "分户";
    public static final String LEFT_MOVED_OUT = "迁出";

    public SyntheticMembership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(residentId, "residentId");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(joinedOn, "joinedOn");
        if ((leftOn == null) != (leftReason == null)) {
            throw new IllegalArgumentException("leftOn and leftReason go together");
        }
    }

    public boolean current() {
        return leftOn == null;
    }

    public boolean head() {
        return HEAD.equals(relation);
    }
}
