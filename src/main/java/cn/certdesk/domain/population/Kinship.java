package cn.certdesk.domain.population;

import cn.certdesk.domain.idnumber.Gender;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The relation of two members of one household to each other, derived from their relations to its
 * head (与户主关系), in the words of a kinship certificate, senior first: 父子, 母女, 夫妻, 兄妹, 祖孙 ….
 *
 * <p>Only what the two relations determine: 子/女 of the head and the head's 配偶 are taken as
 * parent and child (the register records step-children as 继子/继女, not as 子/女), but 子 and 儿媳
 * are not taken as a couple, nor a 孙子 as the child of a particular 子 — the household may hold
 * several — so those pairs, and any relation not listed here (集体户成员, 继子 …), give an empty
 * result, never a guess. Pure and thread-safe.
 */
public final class Kinship {

    private Kinship() {
    }

    /**
     * One member of the household as the derivation needs them.
     *
     * @param relationToHead 与户主关系
     */
    public record Party(String relationToHead, Gender gender, LocalDate birthDate) {

        public Party {
            Objects.requireNonNull(relationToHead, "relationToHead");
            Objects.requireNonNull(gender, "gender");
            Objects.requireNonNull(birthDate, "birthDate");
        }
    }

    /** Where a relation puts a member, relative to the head. */
    private enum Role {
        HEAD(0), SPOUSE(0), SIBLING(0), CHILD(-1), CHILD_IN_LAW(-1), PARENT(1), GRANDCHILD(-2);

        final int generation;

        Role(int generation) {
            this.generation = generation;
        }

        static Optional<Role> of(String relation) {
            return Optional.ofNullable(switch (relation) {
                case "户主" -> HEAD;
                case "配偶" -> SPOUSE;
                case "兄", "弟", "姐", "妹" -> SIBLING;
                case "子", "女" -> CHILD;
                case "儿媳", "女婿" -> CHILD_IN_LAW;
                case "父", "母" -> PARENT;
                case "孙子", "孙女" -> GRANDCHILD;
                default -> null;
            });
        }
    }

    /**
     * The relation of {@code one} and {@code other}, both members of the same household.
     *
     * @param headGender the head's gender, needed for uncles and aunts (伯侄, 叔侄, 姑侄 or 舅甥, 姨甥)
     * @return empty when the two relations do not determine it
     */
    public static Optional<String> between(Party one, Party other, Optional<Gender> headGender) {
        Objects.requireNonNull(one, "one");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(headGender, "headGender");
        Optional<Role> oneRole = Role.of(one.relationToHead());
        Optional<Role> otherRole = Role.of(other.relationToHead());
        if (oneRole.isEmpty() || otherRole.isEmpty()) {
            return Optional.empty();
        }
        // senior (higher generation, or head before spouse before sibling) first
        boolean swap = oneRole.get().generation < otherRole.get().generation
                || oneRole.get().generation == otherRole.get().generation
                && oneRole.get().ordinal() > otherRole.get().ordinal();
        Party senior = swap ? other : one;
        Party junior = swap ? one : other;
        return derive(Role.of(senior.relationToHead()).orElseThrow(), senior,
                Role.of(junior.relationToHead()).orElseThrow(), junior, headGender);
    }

    private static Optional<String> derive(Role seniorRole, Party senior, Role juniorRole, Party junior,
            Optional<Gender> headGender) {
        return switch (seniorRole) {
            case HEAD -> switch (juniorRole) {
                case SPOUSE -> Optional.of("夫妻");
                case SIBLING -> siblingsOfHead(senior, junior);
                case CHILD -> Optional.of(parentAndChild(senior, junior));
                case CHILD_IN_LAW -> Optional.of(parentInLaw(senior, junior));
                case GRANDCHILD -> Optional.of("祖孙");
                default -> Optional.empty();
            };
            case SPOUSE -> switch (juniorRole) {
                case CHILD -> Optional.of(parentAndChild(senior, junior));
                case CHILD_IN_LAW -> Optional.of(parentInLaw(senior, junior));
                case GRANDCHILD -> Optional.of("祖孙");
                default -> Optional.empty(); // spouse and the head's siblings: in-laws, terms vary by region
            };
            case SIBLING -> switch (juniorRole) {
                case SIBLING -> siblings(senior, junior);
                case CHILD -> headGender.map(gender -> uncleOrAunt(senior, gender));
                default -> Optional.empty();
            };
            case PARENT -> switch (juniorRole) {
                case HEAD, SIBLING -> Optional.of(parentAndChild(senior, junior));
                case SPOUSE -> Optional.of(parentInLaw(senior, junior));
                case CHILD -> Optional.of("祖孙");
                case GRANDCHILD -> Optional.of("曾祖孙");
                default -> Optional.empty(); // 父 and 母: the register does not say they are married
            };
            case CHILD -> juniorRole == Role.CHILD ? siblings(senior, junior) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static String parentAndChild(Party parent, Party child) {
        return (parent.gender() == Gender.MALE ? "父" : "母") + (child.gender() == Gender.MALE ? "子" : "女");
    }

    /** A parent and their child's spouse. */
    private static String parentInLaw(Party parent, Party childsSpouse) {
        if (childsSpouse.gender() == Gender.FEMALE) {
            return parent.gender() == Gender.MALE ? "公媳" : "婆媳";
        }
        return parent.gender() == Gender.MALE ? "翁婿" : "岳母与女婿";
    }

    /** The head and a 兄/弟/姐/妹: the relation itself says who is older. */
    private static Optional<String> siblingsOfHead(Party head, Party sibling) {
        boolean siblingOlder = switch (sibling.relationToHead()) {
            case "兄", "姐" -> true;
            default -> false;
        };
        return Optional.of(siblingOlder ? siblingTerm(sibling, head) : siblingTerm(head, sibling));
    }

    /** Two siblings of the head, or two children of the head: the birth dates say who is older. */
    private static Optional<String> siblings(Party one, Party other) {
        if (one.gender() == other.gender()) {
            return Optional.of(one.gender() == Gender.MALE ? "兄弟" : "姐妹");
        }
        int order = one.birthDate().compareTo(other.birthDate());
        if (order == 0) {
            return Optional.empty(); // twins of different gender: the register does not say who is older
        }
        return Optional.of(order < 0 ? siblingTerm(one, other) : siblingTerm(other, one));
    }

    private static String siblingTerm(Party older, Party younger) {
        if (older.gender() == younger.gender()) {
            return older.gender() == Gender.MALE ? "兄弟" : "姐妹";
        }
        return older.gender() == Gender.MALE ? "兄妹" : "姐弟";
    }

    /** A sibling of the head and the head's child: father's side 伯/叔/姑, mother's side 舅/姨. */
    private static String uncleOrAunt(Party sibling, Gender headGender) {
        if (headGender == Gender.MALE) {
            return switch (sibling.relationToHead()) {
                case "兄" -> "伯侄";
                case "弟" -> "叔侄";
                default -> "姑侄";
            };
        }
        return sibling.gender() == Gender.MALE ? "舅甥" : "姨甥";
    }
}
