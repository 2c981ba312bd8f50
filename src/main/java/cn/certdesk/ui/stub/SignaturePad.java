package cn.certdesk.ui.stub;

import cn.certdesk.domain.stub.SignatureStrokes;
import cn.certdesk.domain.stub.Stroke;
import cn.certdesk.domain.stub.StrokePoint;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The signature pad of the stub (存根签名板): a canvas that records strokes from a mouse, a pen
 * (a stylus arrives as mouse events in JavaFX) or a touch screen ({@link TouchEvent}, first
 * finger only; the mouse events JavaFX synthesizes from touches are ignored so nothing is drawn
 * twice), and draws them smoothed with quadratic curves through the midpoints of the samples.
 *
 * <p>{@link #strokesProperty()} holds the finished strokes: a stroke is added when the pen lifts.
 * Setting the property (e.g. to {@link SignatureStrokes#EMPTY} from a view model) redraws the
 * pad. Coordinates are pad pixels from the top-left of the drawing area, clamped to it.
 *
 * <p>Keyboard: the pad takes focus (Tab, or a click) and shows a focus ring; Delete or
 * Backspace clears it. Signing itself needs a pointer — a signature cannot be typed; every other
 * step of the stub works from the keyboard.
 *
 * <p>FX thread only.
 */
public final class SignaturePad extends Region {

    private static final double LINE_WIDTH = 2.5;
    /** Samples closer than this to the previous one are dropped (pad pixels). */
    private static final double MIN_SAMPLE_DISTANCE = 1.0;
    private static final Color INK = Color.rgb(10, 20, 60);
    private static final Color BASELINE = Color.rgb(200, 205, 215);

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<SignatureStrokes> strokes =
            new SimpleObjectProperty<>(this, "strokes", SignatureStrokes.EMPTY);

    /** The stroke being drawn; {@code null} while the pen is up. */
    private List<StrokePoint> current;
    private double lastMidX;
    private double lastMidY;
    private long signatureStartNanos;
    /** The touch point that draws; {@code -1} when no finger is down. */
    private int touchId = -1;

    public SignaturePad() {
        getStyleClass().add("signature-pad");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setCursor(Cursor.CROSSHAIR);
        setPrefSize(480, 180);
        setMinSize(160, 80);

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::mousePressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::mouseDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::mouseReleased);
        addEventHandler(TouchEvent.TOUCH_PRESSED, this::touchPressed);
        addEventHandler(TouchEvent.TOUCH_MOVED, this::touchMoved);
        addEventHandler(TouchEvent.TOUCH_RELEASED, this::touchReleased);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        strokes.addListener((observable, before, after) -> {
            if (after == null) {
                strokes.set(SignatureStrokes.EMPTY);
                return;
            }
            redraw();
        });
    }

    /** The finished strokes; never {@code null}. */
    public ObjectProperty<SignatureStrokes> strokesProperty() {
        return strokes;
    }

    public SignatureStrokes getStrokes() {
        return strokes.get();
    }

    /** Drops every stroke, including one being drawn: the signer signs again. */
    public void clear() {
        current = null;
        touchId = -1;
        strokes.set(SignatureStrokes.EMPTY);
        redraw();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = Math.max(0, getWidth() - left - snappedRightInset());
        double height = Math.max(0, getHeight() - top - snappedBottomInset());
        canvas.relocate(left, top);
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            redraw();
        }
    }

    @Override
    public String getUserAgentStylesheet() {
        return SignaturePad.class.getResource("signature-pad.css").toExternalForm();
    }

    private void mousePressed(MouseEvent event) {
        if (event.isSynthesized() || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        begin(event.getX(), event.getY());
        event.consume();
    }

    private void mouseDragged(MouseEvent event) {
        if (event.isSynthesized() || touchId >= 0) {
            return;
        }
        extend(event.getX(), event.getY());
        event.consume();
    }

    private void mouseReleased(MouseEvent event) {
        if (event.isSynthesized() || event.getButton() != MouseButton.PRIMARY || touchId >= 0) {
            return;
        }
        extend(event.getX(), event.getY());
        finish();
        event.consume();
    }

    private void touchPressed(TouchEvent event) {
        if (touchId < 0) {
            TouchPoint point = event.getTouchPoint();
            touchId = point.getId();
            requestFocus();
            begin(point.getX(), point.getY());
        }
        event.consume();
    }

    private void touchMoved(TouchEvent event) {
        TouchPoint point = event.getTouchPoint();
        if (point.getId() == touchId) {
            extend(point.getX(), point.getY());
        }
        event.consume();
    }

    private void touchReleased(TouchEvent event) {
        TouchPoint point = event.getTouchPoint();
        if (point.getId() == touchId) {
            extend(point.getX(), point.getY());
            finish();
            touchId = -1;
        }
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
            clear();
            event.consume();
        }
    }

    private void begin(double regionX, double regionY) {
        if (strokes.get().isEmpty()) {
            signatureStartNanos = System.nanoTime();
        }
        StrokePoint point = toPad(regionX, regionY);
        current = new ArrayList<>();
        current.add(point);
        lastMidX = point.x();
        lastMidY = point.y();
        GraphicsContext graphics = ink();
        graphics.fillOval(point.x() - LINE_WIDTH / 2, point.y() - LINE_WIDTH / 2, LINE_WIDTH, LINE_WIDTH);
    }

    private void extend(double regionX, double regionY) {
        if (current == null) {
            return;
        }
        StrokePoint previous = current.get(current.size() - 1);
        StrokePoint point = toPad(regionX, regionY);
        if (Math.hypot(point.x() - previous.x(), point.y() - previous.y()) < MIN_SAMPLE_DISTANCE) {
            return;
        }
        current.add(point);
        double midX = (previous.x() + point.x()) / 2;
        double midY = (previous.y() + point.y()) / 2;
        GraphicsContext graphics = ink();
        graphics.beginPath();
        graphics.moveTo(lastMidX, lastMidY);
        graphics.quadraticCurveTo(previous.x(), previous.y(), midX, midY);
        graphics.stroke();
        lastMidX = midX;
        lastMidY = midY;
    }

    private void finish() {
        if (current == null) {
            return;
        }
        Stroke stroke = new Stroke(current);
        current = null;
        strokes.set(strokes.get().withStroke(stroke));
    }

    private StrokePoint toPad(double regionX, double regionY) {
        double x = clamp(regionX - snappedLeftInset(), canvas.getWidth());
        double y = clamp(regionY - snappedTopInset(), canvas.getHeight());
        long offsetMs = Math.max(0, (System.nanoTime() - signatureStartNanos) / 1_000_000);
        return new StrokePoint(x, y, offsetMs);
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }

    private GraphicsContext ink() {
        GraphicsContext graphics = canvas.getGraphicsContext2D();
        graphics.setStroke(INK);
        graphics.setFill(INK);
        graphics.setLineWidth(LINE_WIDTH);
        graphics.setLineCap(StrokeLineCap.ROUND);
        graphics.setLineJoin(StrokeLineJoin.ROUND);
        return graphics;
    }

    /** Clears the canvas and draws the baseline and every finished stroke. */
    private void redraw() {
        GraphicsContext graphics = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        graphics.clearRect(0, 0, width, height);
        graphics.setStroke(BASELINE);
        graphics.setLineWidth(1);
        double baseline = Math.round(height * 0.75) + 0.5;
        graphics.strokeLine(12, baseline, width - 12, baseline);
        ink();
        for (Stroke stroke : strokes.get().strokes()) {
            List<StrokePoint> points = stroke.points();
            StrokePoint first = points.get(0);
            if (points.size() == 1) {
                graphics.fillOval(first.x() - LINE_WIDTH / 2, first.y() - LINE_WIDTH / 2, LINE_WIDTH, LINE_WIDTH);
                continue;
            }
            graphics.beginPath();
            graphics.moveTo(first.x(), first.y());
            for (int i = 1; i < points.size(); i++) {
                StrokePoint previous = points.get(i - 1);
                StrokePoint point = points.get(i);
                graphics.quadraticCurveTo(previous.x(), previous.y(),
                        (previous.x() + point.x()) / 2, (previous.y() + point.y()) / 2);
            }
            StrokePoint last = points.get(points.size() - 1);
            graphics.lineTo(last.x(), last.y());
            graphics.stroke();
        }
    }
}
