package cn.certdesk.domain.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureStrokesTest {

    /** A horizontal line of the given length, sampled every 5 pixels. */
    static Stroke line(double x, double y, double length) {
        List<StrokePoint> points = new ArrayList<>();
        for (int step = 0; step * 5 <= length; step++) {
            points.add(new StrokePoint(x + step * 5, y, step * 10L));
        }
        return new Stroke(points);
    }

    static Stroke dot(double x, double y) {
        return new Stroke(List.of(new StrokePoint(x, y, 0)));
    }

    /** Two strokes, 200 pixels of ink: enough. */
    static SignatureStrokes twoStrokeSignature() {
        return SignatureStrokes.EMPTY.withStroke(line(20, 40, 100)).withStroke(line(20, 80, 100));
    }

    @Test
    void nothingDrawnIsEmptyAndNotEnough() {
        assertThat(SignatureStrokes.EMPTY.isEmpty()).isTrue();
        assertThat(SignatureStrokes.EMPTY.hasEnoughInk()).isFalse();
    }

    @Test
    void aSingleDotIsNotASignature() {
        SignatureStrokes dot = SignatureStrokes.EMPTY.withStroke(dot(10, 10));
        assertThat(dot.isEmpty()).isFalse();
        assertThat(dot.hasEnoughInk()).isFalse();
    }

    @Test
    void manyDotsAreNotASignatureEither() {
        SignatureStrokes dots = SignatureStrokes.EMPTY;
        for (int i = 0; i < 10; i++) {
            dots = dots.withStroke(dot(10 + i * 20, 10));
        }
        assertThat(dots.strokeCount()).isEqualTo(10);
        assertThat(dots.hasEnoughInk()).isFalse();
    }

    @Test
    void twoStrokesWithEnoughInkAreASignature() {
        assertThat(twoStrokeSignature().hasEnoughInk()).isTrue();
        assertThat(twoStrokeSignature().inkLength()).isEqualTo(200.0);
    }

    @Test
    void oneStrokeNeedsMoreInkThanSeveral() {
        assertThat(SignatureStrokes.EMPTY.withStroke(line(0, 0, 100)).hasEnoughInk()).isFalse();
        assertThat(SignatureStrokes.EMPTY.withStroke(line(0, 0, 150)).hasEnoughInk()).isTrue();
        assertThat(SignatureStrokes.EMPTY.withStroke(line(0, 0, 25)).withStroke(line(0, 9, 25)).hasEnoughInk())
                .isFalse();
    }

    @Test
    void jsonRoundTripKeepsEveryPoint() {
        SignatureStrokes signature = twoStrokeSignature()
                .withStroke(new Stroke(List.of(new StrokePoint(1.25, 2.04, 900), new StrokePoint(3, 4, 950))));
        String json = signature.toJson();
        assertThat(json).startsWith("{\"format\":1,\"strokes\":[[[20.0,40.0,0],");
        SignatureStrokes parsed = SignatureStrokes.fromJson(json);
        assertThat(parsed.strokeCount()).isEqualTo(3);
        assertThat(parsed.strokes().subList(0, 2)).isEqualTo(signature.strokes().subList(0, 2));
        assertThat(parsed.strokes().get(2).points().get(0)).isEqualTo(new StrokePoint(1.3, 2.0, 900));
    }

    @Test
    void anEmptySignatureSurvivesJson() {
        assertThat(SignatureStrokes.fromJson(SignatureStrokes.EMPTY.toJson())).isEqualTo(SignatureStrokes.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{\"strokes\":[]}", "{\"format\":2,\"strokes\":[]}",
        "{\"format\":1,\"strokes\":[[]]}", "{\"format\":1,\"strokes\":[[[1,2]]]}",
        "{\"format\":1,\"strokes\":[[[1,2,-5]]]}", "{\"format\":1,\"strokes\":[[[\"a\",2,3]]]}",
        "{\"format\":1,\"strokes\":{}}"})
    void damagedJsonIsRefused(String json) {
        assertThatThrownBy(() -> SignatureStrokes.fromJson(json)).isInstanceOfSatisfying(CertDeskException.class,
                e -> assertThat(e.messageKey()).isEqualTo("signature.unreadable"));
    }

    @Test
    void toStringShowsCountsOnly() {
        assertThat(twoStrokeSignature().toString()).isEqualTo("SignatureStrokes[strokes=2, points=42]");
    }
}
