package cn.certdesk.domain.population;

import java.util.Objects;

/**
 * A relative of a resident as the register shows it: both were members of {@code throughHousehold}
 * and their relations to its head give {@code relation} ({@link Kinship}).
 *
 * @param relation         the pair's relation, senior first, e.g. 父子, 夫妻, 兄妹
 * @param formerHousehold  the booklet no longer shows the two together: either has left the
 *                         household (分户, 迁出, 死亡 …) or it is closed — exactly when a kinship
 *                         certificate is needed (R06)
 */
public record Relative(ResidentSummary person, String relation, HouseholdView throughHousehold,
        boolean formerHousehold) {

    public Relative {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(throughHousehold, "throughHousehold");
    }

    @Override
    public String toString() {
        return "Relative[person=" + person.id() + ", former=" + formerHousehold + "]";
    }
}
