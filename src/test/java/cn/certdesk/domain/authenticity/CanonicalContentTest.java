package cn.certdesk.domain.authenticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CanonicalContentTest {

    @Test
    void sm3MatchesTheStandardTestVectorForAbc() {
        assertThat(CanonicalContent.sm3Hex("abc"))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void contentListsTheHeaderThenFieldsSortedByName() {
        assertThat(CanonicalContent.of(AuthenticityFixtures.kinship())).isEqualTo("""
                CDC1
                certificateNumber=2026-0000123
                kindCode=ISSUE_KINSHIP
                issueDate=2026-11-23
                stationCode=220102001001
                field.applicantName=测试甲
                field.purpose=办理继承公证
                field.relationship=母子
                field.relativeName=测试乙
                """);
    }

    @Test
    void decomposedAndComposedCharactersGiveTheSameContent() {
        assertThat(CanonicalContent.of(withField("name", "Zoe\u0301")))
                .isEqualTo(CanonicalContent.of(withField("name", "Zo\u00e9")));
    }

    @Test
    void lineBreaksEqualsSignsAndBackslashesAreEscapedSoFieldsCannotBeForged() {
        String sneaky = CanonicalContent.of(withField("a", "x\nfield.b=y"));
        String honest = CanonicalContent.of(withFields("a", "x", "b", "y"));
        assertThat(sneaky).isNotEqualTo(honest).contains("field.a=x\\u000Afield.b\\=y\n");
        assertThat(CanonicalContent.of(withField("k=\\", "v"))).contains("field.k\\=\\\\=v\n");
    }

    @Test
    void parseReadsBackWhatOfWrote() {
        CertificateFacts facts = withFields("weird=name\\", "line\none\u2028two", "普通", "值");
        assertThat(CanonicalContent.parse(CanonicalContent.of(facts))).isEqualTo(facts);
    }

    @Test
    void parseRejectsTextNotInCanonicalOrder() {
        String content = CanonicalContent.of(withFields("a", "1", "b", "2"));
        String swapped = content.replace("field.a=1\nfield.b=2\n", "field.b=2\nfield.a=1\n");
        assertThatThrownBy(() -> CanonicalContent.parse(swapped)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("canonical form");
    }

    private static CertificateFacts withField(String name, String value) {
        TreeMap<String, String> fields = new TreeMap<>();
        fields.put(name, value);
        return new CertificateFacts("N1", "ISSUE_KINSHIP", LocalDate.of(2026, 1, 2), "220102001001", fields);
    }

    private static CertificateFacts withFields(String name1, String value1, String name2, String value2) {
        TreeMap<String, String> fields = new TreeMap<>();
        fields.put(name1, value1);
        fields.put(name2, value2);
        return new CertificateFacts("N1", "ISSUE_KINSHIP", LocalDate.of(2026, 1, 2), "220102001001", fields);
    }
}
