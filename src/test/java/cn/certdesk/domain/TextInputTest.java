package cn.certdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void surroundingWhiteSpaceIsRemovedAndNothingElseChanges() {
        assertThat(TextInput.require("field.officer.name", "  张 三 ", 10)).isEqualTo("张 三");
    }

    @Test
    void anEmptyValueNamesTheField() {
        assertThatThrownBy(() -> TextInput.require("field.officer.name", "   ", 10))
                .isInstanceOfSatisfying(CertDeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("input.empty");
                    assertThat(e.arguments()).containsExactly("field.officer.name");
                });
    }

    @Test
    void anOverLongValueIsRefusedNotCut() {
        assertThatThrownBy(() -> TextInput.require("field.officer.name", "一二三四五六", 5))
                .isInstanceOfSatisfying(CertDeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("input.too.long");
                    assertThat(e.arguments()).containsExactly("field.officer.name", 5, 6);
                });
    }

    @Test
    void aCharacterOutsideTheBmpCountsAsOneCharacter() {
        String name = "\uD840\uDC0B\uD840\uDC0B\uD840\uDC0B"; // three Ext-B characters, six UTF-16 units
        assertThat(TextInput.require("field.officer.name", name, 3)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"张\u0000三", "张\u0007三", "张\n三", "张\u007F三", "张\u0085三", "张\u202E三", "张\u202D三",
            "张\u2066三", "张\u200F三", "张\uE000三", "张\uFEFF三"})
    void controlBidiAndPrivateUseCharactersAreRefused(String value) {
        assertThatThrownBy(() -> TextInput.require("field.officer.name", value, 10))
                .isInstanceOfSatisfying(CertDeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("input.illegal.character");
                    assertThat(e.arguments()[1]).isEqualTo(2);
                });
    }
}
