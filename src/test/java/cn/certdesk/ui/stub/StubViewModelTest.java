package cn.certdesk.ui.stub;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.stub.SignatureStrokes;
import cn.certdesk.domain.stub.Signer;
import cn.certdesk.domain.stub.Stroke;
import cn.certdesk.domain.stub.StrokePoint;
import cn.certdesk.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The stub view model without a toolkit: set the phone text and the strokes, read the state. */
class StubViewModelTest {

    private final StubViewModel viewModel = new StubViewModel(new Messages(Messages.CHINESE));

    private static Stroke line(double y, double length) {
        List<StrokePoint> points = new ArrayList<>();
        for (int step = 0; step * 4 <= length; step++) {
            points.add(new StrokePoint(10 + step * 4, y, step * 8L));
        }
        return new Stroke(points);
    }

    private static final SignatureStrokes SIGNATURE = SignatureStrokes.EMPTY.withStroke(line(40, 120))
            .withStroke(line(70, 120));
    private static final SignatureStrokes DOT =
            SignatureStrokes.EMPTY.withStroke(new Stroke(List.of(new StrokePoint(5, 5, 0))));

    @Test
    void aFreshStubIsIncompleteAndAsksForTheSignature() {
        assertThat(viewModel.isComplete()).isFalse();
        assertThat(viewModel.signerProperty().get()).isEqualTo(Signer.APPLICANT);
        assertThat(viewModel.phoneMessageProperty().get()).isEmpty();
        assertThat(viewModel.signatureMessageProperty().get()).isEqualTo("请签字人在签名板上签名。");
        assertThat(viewModel.statusMessageProperty().get()).isEmpty();
    }

    @Test
    void aValidPhoneAndEnoughInkMakeTheStubComplete() {
        viewModel.phoneTextProperty().set("138 1234 5678");
        viewModel.strokesProperty().set(SIGNATURE);
        assertThat(viewModel.isComplete()).isTrue();
        assertThat(viewModel.phone()).hasValueSatisfying(phone -> assertThat(phone.value()).isEqualTo("13812345678"));
        assertThat(viewModel.phoneMessageProperty().get()).isEmpty();
        assertThat(viewModel.signatureMessageProperty().get()).isEmpty();
        assertThat(viewModel.statusMessageProperty().get()).isEqualTo("存根已填写完整。");
    }

    @Test
    void anInvalidPhoneIsExplainedInChineseAsItIsTyped() {
        viewModel.strokesProperty().set(SIGNATURE);
        viewModel.phoneTextProperty().set("1381234");
        assertThat(viewModel.phoneMessageProperty().get()).isEqualTo("手机号码应为 11 位数字，以 13 至 19 开头，例如 138 1234 5678。");
        assertThat(viewModel.isComplete()).isFalse();
        viewModel.phoneTextProperty().set("13812345678");
        assertThat(viewModel.phoneMessageProperty().get()).isEmpty();
        assertThat(viewModel.isComplete()).isTrue();
    }

    @Test
    void aWrongLandlineAndAnIllegalCharacterHaveTheirOwnMessages() {
        viewModel.phoneTextProperty().set("0431-1234");
        assertThat(viewModel.phoneMessageProperty().get()).startsWith("固定电话应为区号加 7 至 8 位号码");
        viewModel.phoneTextProperty().set("138x");
        assertThat(viewModel.phoneMessageProperty().get()).startsWith("联系电话第 4 个字符（U+0078）不能使用");
    }

    @Test
    void aDotIsNotEnoughInk() {
        viewModel.phoneTextProperty().set("0431-85551234");
        viewModel.strokesProperty().set(DOT);
        assertThat(viewModel.signatureMessageProperty().get()).isEqualTo("签名笔画太少，不像完整的签名，请清除后重新签名。");
        assertThat(viewModel.isComplete()).isFalse();
    }

    @Test
    void clearingTheSignatureMakesTheStubIncompleteAgain() {
        viewModel.phoneTextProperty().set("13812345678");
        viewModel.strokesProperty().set(SIGNATURE);
        viewModel.clearSignature();
        assertThat(viewModel.strokesProperty().get().isEmpty()).isTrue();
        assertThat(viewModel.isComplete()).isFalse();
        assertThat(viewModel.statusMessageProperty().get()).isEmpty();
    }

    @Test
    void aCompleteStubBecomesTheDomainStubWithTheSigner() {
        assertThat(viewModel.stub("张三")).isEmpty();
        viewModel.signerProperty().set(Signer.AGENT);
        viewModel.phoneTextProperty().set("13812345678");
        viewModel.strokesProperty().set(SIGNATURE);
        assertThat(viewModel.stub("李四")).hasValueSatisfying(stub -> {
            assertThat(stub.signer()).isEqualTo(Signer.AGENT);
            assertThat(stub.signerName()).isEqualTo("李四");
            assertThat(stub.strokes()).isEqualTo(SIGNATURE);
        });
    }

    @Test
    void theMessagesFollowTheOfficersLanguage() {
        StubViewModel english = new StubViewModel(new Messages(Locale.ENGLISH));
        english.phoneTextProperty().set("1381234");
        assertThat(english.phoneMessageProperty().get()).startsWith("A mobile number has 11 digits");
    }
}
