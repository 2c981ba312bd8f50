package cn.certdesk.domain.population;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePinyinTest {

    @Test
    void aPlainNameHasOneReading() {
        NamePinyin pinyin = NamePinyin.of("张三");

        assertThat(pinyin.initials()).containsExactly("zs");
        assertThat(pinyin.full()).containsExactly("zhangsan");
    }

    @Test
    void aPolyphonicSurnameGivesEveryReadingWithTheSurnameReadingFirst() {
        NamePinyin pinyin = NamePinyin.of("单田芳");

        assertThat(pinyin.initials()).startsWith("stf").contains("dtf");
        assertThat(pinyin.full()).startsWith("shantianfang").contains("dantianfang");
        assertThat(pinyin.initialsColumn()).startsWith("stf ").contains(" dtf");
    }

    @Test
    void alternativesAreCappedAtEight() {
        NamePinyin pinyin = NamePinyin.of("单重行长乐和");

        assertThat(pinyin.initials()).hasSizeBetween(2, NamePinyin.MAX_ALTERNATIVES).doesNotHaveDuplicates();
        assertThat(pinyin.full()).hasSize(NamePinyin.MAX_ALTERNATIVES).doesNotHaveDuplicates();
    }

    @Test
    void charactersPinyin4jDoesNotKnowAreSkipped() {
        NamePinyin pinyin = NamePinyin.of("张\uD840\uDC00·明");

        assertThat(pinyin.initials()).containsExactly("zm");
        assertThat(pinyin.full()).containsExactly("zhangming");
    }

    @Test
    void aNameOfOnlyUnknownCharactersHasNoKeys() {
        NamePinyin pinyin = NamePinyin.of("\uD840\uDC00");

        assertThat(pinyin.initials()).isEmpty();
        assertThat(pinyin.initialsColumn()).isEmpty();
    }

    @Test
    void keysAreLowerCaseLettersOnlyWithUmlautAsV() {
        NamePinyin pinyin = NamePinyin.of("吕绿");

        assertThat(pinyin.full()).first().isEqualTo("lvlv");
        assertThat(pinyin.fullColumn()).matches("[a-z ]+");
    }
}
