package cn.certdesk.domain.population;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.idnumber.Gender;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KinshipTest {

    /**
     * One row: each member's relation to the head, gender, birth year; the head's gender; the
     * expected relation ('-' = the register does not determine it). Written by hand.
     */
    @ParameterizedTest(name = "{0} {1} {2} + {3} {4} {5}, head {6} → {7}")
    @CsvSource({
            // head and spouse, children, parents
            "户主, M, 1950, 配偶, F, 1952, M, 夫妻",
            "户主, M, 1950, 子, M, 1975, M, 父子",
            "户主, M, 1950, 女, F, 1978, M, 父女",
            "户主, F, 1950, 子, M, 1975, F, 母子",
            "户主, F, 1950, 女, F, 1978, F, 母女",
            "户主, M, 1950, 父, M, 1925, M, 父子",
            "户主, F, 1950, 母, F, 1926, F, 母女",
            "配偶, F, 1952, 子, M, 1975, M, 母子",
            "配偶, M, 1949, 女, F, 1978, F, 父女",
            // the order of the two does not matter
            "子, M, 1975, 户主, M, 1950, M, 父子",
            // siblings by gender and age
            "子, M, 1975, 子, M, 1977, M, 兄弟",
            "女, F, 1975, 女, F, 1979, M, 姐妹",
            "子, M, 1975, 女, F, 1978, M, 兄妹",
            "子, M, 1980, 女, F, 1978, M, 姐弟",
            "户主, M, 1960, 妹, F, 1965, M, 兄妹",
            "户主, F, 1960, 兄, M, 1955, F, 兄妹",
            "户主, M, 1960, 姐, F, 1955, M, 姐弟",
            "兄, M, 1955, 妹, F, 1965, M, 兄妹",
            // grandchildren, in-laws
            "户主, M, 1940, 孙子, M, 1995, M, 祖孙",
            "配偶, F, 1942, 孙女, F, 1996, M, 祖孙",
            "父, M, 1925, 子, M, 1975, M, 祖孙",
            "户主, M, 1940, 儿媳, F, 1968, M, 公媳",
            "户主, F, 1940, 儿媳, F, 1968, F, 婆媳",
            "配偶, F, 1942, 儿媳, F, 1968, M, 婆媳",
            "户主, M, 1940, 女婿, M, 1966, M, 翁婿",
            "父, M, 1925, 配偶, F, 1952, M, 公媳",
            // uncles and aunts: the head's gender says which side
            "弟, M, 1962, 子, M, 1990, M, 叔侄",
            "姐, F, 1955, 女, F, 1990, M, 姑侄",
            "兄, M, 1955, 子, M, 1990, F, 舅甥",
            // not determined by the register: never a guess
            "子, M, 1965, 儿媳, F, 1968, M, -",
            "子, M, 1965, 孙子, M, 1995, M, -",
            "儿媳, F, 1968, 孙女, F, 1996, M, -",
            "孙子, M, 1995, 孙女, F, 1997, M, -",
            "父, M, 1925, 母, F, 1926, M, -",
            "配偶, F, 1952, 弟, M, 1955, M, -",
            "户主, M, 1980, 集体户成员, M, 1985, M, -",
            "集体户成员, M, 1980, 集体户成员, F, 1985, M, -",
            "户主, M, 1950, 继子, M, 1985, M, -",
            "子, M, 1990, 女, F, 1990, M, -",
    })
    void derivesTheRelationOfTwoMembersFromTheirRelationsToTheHead(String oneRelation, String oneGender, int oneYear,
            String otherRelation, String otherGender, int otherYear, String headGender, String expected) {
        Optional<String> relation = Kinship.between(party(oneRelation, oneGender, oneYear),
                party(otherRelation, otherGender, otherYear), Optional.of(gender(headGender)));

        assertThat(relation).isEqualTo("-".equals(expected) ? Optional.empty() : Optional.of(expected));
    }

    private static Kinship.Party party(String relation, String gender, int year) {
        return new Kinship.Party(relation, gender(gender), LocalDate.of(year, 3, 1));
    }

    private static Gender gender(String code) {
        return "M".equals(code) ? Gender.MALE : Gender.FEMALE;
    }
}
