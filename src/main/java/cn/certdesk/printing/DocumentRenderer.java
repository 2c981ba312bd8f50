package cn.certdesk.printing;

import cn.certdesk.printing.FieldInfo.FieldKind;
import cn.certdesk.printing.Template.Align;
import cn.certdesk.printing.Template.Area;
import cn.certdesk.printing.Template.BoxElement;
import cn.certdesk.printing.Template.Element;
import cn.certdesk.printing.Template.FieldRef;
import cn.certdesk.printing.Template.FontRole;
import cn.certdesk.printing.Template.ImageElement;
import cn.certdesk.printing.Template.LineElement;
import cn.certdesk.printing.Template.Literal;
import cn.certdesk.printing.Template.QrElement;
import cn.certdesk.printing.Template.SealElement;
import cn.certdesk.printing.Template.TextElement;
import cn.certdesk.printing.Template.TextPart;
import cn.certdesk.printing.Template.VAlign;
import cn.certdesk.printing.TextLayout.Line;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders one document from one template. Single use, not thread-safe: the engine creates one per
 * call and holds the {@link FontSet#lock()} while it runs.
 */
final class DocumentRenderer {

    private static final float PT_PER_MM = 72f / 25.4f;
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final float GREY = 0.45f;

    private final FontSet fonts;
    private final Template template;
    private final DocumentData data;
    private final PDDocument document = new PDDocument();
    private final PDType0Font[] pdfFonts = new PDType0Font[4];
    private final List<PDPage> pages = new ArrayList<>();
    private final List<Overflow> overflows = new ArrayList<>();

    /** Text that did not fit its box at the minimum size; continues on continuation pages. */
    private record Overflow(String label, String text, FontRole font, float size, double lineSpacing) {
    }

    DocumentRenderer(FontSet fonts, Template template, DocumentData data) {
        this.fonts = fonts;
        this.template = template;
        this.data = data;
    }

    RenderedDocument render() {
        checkRequired();
        try (document) {
            PDPage first = newPage();
            try (PDPageContentStream content = new PDPageContentStream(document, first)) {
                for (Element element : template.elements()) {
                    draw(content, element);
                }
            }
            continuationPages();
            pageNumbers();
            PdfaMetadata.apply(document, template.title(), template.name(), template.version(),
                    data.meta().certificateNumber(), data.meta().canonicalContent());
            COSString id = new COSString(documentId());
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.save(out);
            return new RenderedDocument(out.toByteArray(), template.name(), template.version(), pages.size());
        } catch (IOException e) {
            throw new TemplateException(template.name(), null, "PDF could not be written", e);
        }
    }

    private byte[] documentId() {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update((template.name() + '\n' + template.version() + '\n' + data.meta().certificateNumber() + '\n'
                    + data.meta().canonicalContent()).getBytes(StandardCharsets.UTF_8));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    private void checkRequired() {
        for (FieldInfo field : template.fields().values()) {
            String value = data.fields().get(field.id());
            if (field.required() && (value == null || value.isBlank())) {
                throw new TemplateException(template.name(), field.id(), "required field is missing");
            }
        }
        DocumentMeta meta = data.meta();
        Map<String, String> standard = Map.of("certificateNumber", meta.certificateNumber(), "stationName",
                meta.stationName(), "officerName", meta.officerName());
        standard.forEach((field, value) -> {
            if (value.isBlank()) {
                throw new TemplateException(template.name(), field, "required field is missing");
            }
        });
    }

    private PDPage newPage() {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        return page;
    }

    private void draw(PDPageContentStream content, Element element) throws IOException {
        switch (element) {
            case TextElement text -> drawTextBox(content, text);
            case LineElement line -> {
                content.setLineWidth(mm(line.lineWidth()));
                content.setLineDashPattern(line.dashed() ? new float[] {3, 2} : new float[0], 0);
                content.moveTo(mm(line.x1()), y(line.y1()));
                content.lineTo(mm(line.x2()), y(line.y2()));
                content.stroke();
            }
            case BoxElement box -> {
                content.setLineWidth(mm(box.lineWidth()));
                content.setLineDashPattern(box.dashed() ? new float[] {3, 2} : new float[0], 0);
                rectangle(content, box.area());
                content.stroke();
            }
            case ImageElement image -> drawImage(content, image);
            case QrElement qr -> drawQr(content, qr);
            case SealElement seal -> drawSeal(content, seal);
        }
    }

    // ---- text ----------------------------------------------------------------------------

    private void drawTextBox(PDPageContentStream content, TextElement element) throws IOException {
        String text = resolve(element);
        Area area = element.area();
        float width = mm(area.width());
        float height = mm(area.height());
        float size = (float) element.size();
        List<Line> lines = TextLayout.wrap(fonts, element.font(), text, width, size, element.indent(), false);
        while (lineHeight(size, element) * lines.size() > height + 0.01f && size > element.minSize()) {
            size = Math.max((float) element.minSize(), size - 0.5f);
            lines = TextLayout.wrap(fonts, element.font(), text, width, size, element.indent(), false);
        }
        float lineHeight = lineHeight(size, element);
        int fitting = Math.max(0, (int) Math.floor((height + 0.01f) / lineHeight));
        if (lines.size() > fitting) {
            // at the minimum size and still too long: what fits stays here, the rest continues (never cut)
            StringBuilder rest = new StringBuilder();
            for (int i = fitting; i < lines.size(); i++) {
                if (i > fitting && lines.get(i).paragraphStart()) {
                    rest.append('\n');
                }
                rest.append(lines.get(i).text());
            }
            overflows.add(new Overflow(element.label(), rest.toString(), element.font(), size, element.lineSpacing()));
            lines = lines.subList(0, fitting);
        }
        float top = y(area.y());
        if (element.valign() == VAlign.MIDDLE) {
            top -= (height - lineHeight * lines.size()) / 2;
        }
        drawLines(content, lines, element.font(), size, lineHeight, mm(area.x()), width, top, element.align(),
                element.indent());
    }

    private static float lineHeight(float size, TextElement element) {
        return (float) (size * element.lineSpacing());
    }

    private void drawLines(PDPageContentStream content, List<Line> lines, FontRole font, float size, float lineHeight,
            float left, float width, float top, Align align, double indent) throws IOException {
        float lineTop = top;
        for (Line line : lines) {
            float baseline = lineTop - (lineHeight - size) / 2 - size * 0.86f;
            float lineWidth = TextLayout.width(fonts, font, line.text(), size);
            float start = switch (align) {
                case LEFT -> left + (line.paragraphStart() ? (float) (indent * size) : 0);
                case CENTER -> left + (width - lineWidth) / 2;
                case RIGHT -> left + width - lineWidth;
            };
            drawLine(content, line.text(), font, size, start, baseline);
            lineTop -= lineHeight;
        }
    }

    private void drawLine(PDPageContentStream content, String text, FontRole font, float size, float x, float baseline)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        for (TextLayout.Run run : TextLayout.runs(fonts, font, text, size)) {
            content.beginText();
            content.setFont(pdfFont(run.face()), size);
            content.newLineAtOffset(x + run.offset(), baseline);
            content.showText(run.text());
            content.endText();
        }
    }

    private PDType0Font pdfFont(int face) throws IOException {
        if (pdfFonts[face] == null) {
            pdfFonts[face] = PDType0Font.load(document, fonts.face(face), true);
        }
        return pdfFonts[face];
    }

    private String resolve(TextElement element) {
        StringBuilder text = new StringBuilder();
        for (TextPart part : element.parts()) {
            switch (part) {
                case Literal literal -> text.append(literal.text());
                case FieldRef ref -> text.append(value(ref));
            }
        }
        return text.toString();
    }

    private String value(FieldRef ref) {
        DocumentMeta meta = data.meta();
        FieldInfo info = template.fields().getOrDefault(ref.field(), TemplateLoader.STANDARD_FIELDS.get(ref.field()));
        ChineseDates.DateStyle style = "numerals".equals(ref.filter()) ? ChineseDates.DateStyle.NUMERALS
                : "arabic".equals(ref.filter()) ? ChineseDates.DateStyle.ARABIC : template.dateStyle();
        String value = switch (ref.field()) {
            case "certificateNumber" -> meta.certificateNumber();
            case "stationName" -> meta.stationName();
            case "stationCode" -> meta.stationCode();
            case "officerName" -> meta.officerName();
            case "officerPoliceNumber" -> meta.officerPoliceNumber();
            case "issueDate" -> ChineseDates.date(meta.issueDate(), style);
            case "sealType" -> template.sealLabel() == null ? "" : template.sealLabel();
            case "title" -> template.title();
            case "templateVersion" -> Integer.toString(template.version());
            default -> data.fields().getOrDefault(ref.field(), "");
        };
        if (value.isBlank()) {
            return "default".equals(ref.filter()) ? ref.argument() : "";
        }
        if (TemplateLoader.STANDARD_FIELDS.containsKey(ref.field()) && !ref.field().equals("issueDate")) {
            checkCoverage(ref.field(), value);
            return value;
        }
        try {
            if (info.type() == FieldKind.DATE && !ref.field().equals("issueDate")) {
                return ChineseDates.date(LocalDate.parse(value.strip()), style);
            }
            if (info.type() == FieldKind.DATE_TIME) {
                return ChineseDates.dateTime(LocalDateTime.parse(value.strip()), style);
            }
        } catch (DateTimeParseException e) {
            throw new TemplateException(template.name(), ref.field(),
                    info.type() == FieldKind.DATE ? "is not an ISO date (yyyy-MM-dd)"
                            : "is not an ISO date-time (yyyy-MM-ddTHH:mm)");
        }
        checkCoverage(ref.field(), value);
        return value;
    }

    private void checkCoverage(String field, String value) {
        for (int cp : value.codePoints().toArray()) {
            if (cp >= ' ' && !fonts.covers(cp)) {
                throw new TemplateException(template.name(), field, "contains a character no print font covers");
            }
        }
    }

    // ---- continuation ------------------------------------------------------------------------

    private void continuationPages() throws IOException {
        if (overflows.isEmpty()) {
            return;
        }
        Area area = template.continuation();
        PDPageContentStream content = null;
        float cursor = 0;
        float bottom = y(area.y() + area.height());
        try {
            for (Overflow overflow : overflows) {
                float lineHeight = (float) (overflow.size() * overflow.lineSpacing());
                List<Line> lines = new ArrayList<>();
                lines.add(new Line("（接第" + pages.size() + "页）" + overflow.label() + "：", false));
                lines.addAll(TextLayout.wrap(fonts, overflow.font(), overflow.text(), mm(area.width()), overflow.size(),
                        0, true));
                for (int i = 0; i < lines.size(); i++) {
                    if (content == null || cursor - lineHeight < bottom - 0.01f) {
                        if (content != null) {
                            content.close();
                        }
                        content = continuationPage();
                        cursor = y(area.y());
                        if (i == 0) {
                            lines.set(0, new Line("（接上页）" + overflow.label() + "：", false));
                        }
                    }
                    drawLines(content, List.of(lines.get(i)), overflow.font(), overflow.size(), lineHeight,
                            mm(area.x()), mm(area.width()), cursor, Align.LEFT, 0);
                    cursor -= lineHeight;
                }
                cursor -= lineHeight / 2;
            }
        } finally {
            if (content != null) {
                content.close();
            }
        }
    }

    private PDPageContentStream continuationPage() throws IOException {
        PDPage page = newPage();
        PDPageContentStream content = new PDPageContentStream(document, page);
        float width = mm(TemplateLoader.PAGE_WIDTH_MM);
        String heading = template.title() + "（续页）";
        float headingWidth = TextLayout.width(fonts, FontRole.HEADING, heading, 18);
        drawLine(content, heading, FontRole.HEADING, 18, (width - headingWidth) / 2, y(24));
        String number = "编号：" + data.meta().certificateNumber();
        drawLine(content, number, FontRole.BODY, 10.5f,
                width - mm(25) - TextLayout.width(fonts, FontRole.BODY, number, 10.5f), y(32));
        return content;
    }

    private void pageNumbers() throws IOException {
        if (pages.size() < 2) {
            return;
        }
        float width = mm(TemplateLoader.PAGE_WIDTH_MM);
        for (int i = 0; i < pages.size(); i++) {
            String footer = "第" + (i + 1) + "页 共" + pages.size() + "页";
            try (PDPageContentStream content = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                drawLine(content, footer, FontRole.BODY, 9,
                        (width - TextLayout.width(fonts, FontRole.BODY, footer, 9)) / 2, y(290));
            }
        }
    }

    // ---- images, QR, seal ----------------------------------------------------------------------

    private void drawImage(PDPageContentStream content, ImageElement element) throws IOException {
        String value = data.fields().get(element.field());
        Area area = element.area();
        if (value == null || value.isBlank()) {
            if (!element.placeholder().isEmpty()) {
                content.setNonStrokingColor(GREY);
                float size = 9;
                float textWidth = TextLayout.width(fonts, FontRole.BODY, element.placeholder(), size);
                drawLine(content, element.placeholder(), FontRole.BODY, size,
                        mm(area.x()) + (mm(area.width()) - textWidth) / 2, y(area.y()) - mm(area.height()) / 2 - size / 3);
                content.setNonStrokingColor(0f);
            }
            return;
        }
        BufferedImage image = decodeImage(element.field(), value);
        PDImageXObject xObject = LosslessFactory.createFromImage(document, image);
        float boxWidth = mm(area.width());
        float boxHeight = mm(area.height());
        float scale = Math.min(boxWidth / image.getWidth(), boxHeight / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        content.drawImage(xObject, mm(area.x()) + (boxWidth - width) / 2,
                y(area.y()) - boxHeight + (boxHeight - height) / 2, width, height);
    }

    private BufferedImage decodeImage(String field, String value) {
        String base64 = value.strip();
        int comma = base64.indexOf(',');
        if (base64.startsWith("data:") && comma > 0) {
            base64 = base64.substring(comma + 1);
        }
        try {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64)));
            if (read == null) {
                throw new TemplateException(template.name(), field, "is not a PNG image");
            }
            // flatten transparency onto white: no soft masks in the PDF/A
            BufferedImage flat = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = flat.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            graphics.drawImage(read, 0, 0, null);
            graphics.dispose();
            return flat;
        } catch (IllegalArgumentException | IOException e) {
            throw new TemplateException(template.name(), field, "is not a base64 PNG image");
        }
    }

    private void drawQr(PDPageContentStream content, QrElement element) throws IOException {
        if (data.meta().qrPayload().isEmpty()) {
            return;
        }
        Map<EncodeHintType, Object> hints = new HashMap<>();
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(EncodeHintType.MARGIN, 2);
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(data.meta().qrPayload().get(), BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException | IllegalArgumentException e) {
            throw new TemplateException(template.name(), "qrPayload", "cannot be encoded as a QR code", e);
        }
        // Drawn as vector squares, not an image: crisp at any printer or scanner resolution, so it
        // decodes from a 150 dpi render every time (an interpolated image sometimes did not).
        Area area = element.area();
        float module = mm(area.width()) / matrix.getWidth();
        float left = mm(area.x());
        float top = y(area.y());
        content.setNonStrokingColor(java.awt.Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                content.addRect(left + start * module, top - (row + 1) * module, (column - start) * module, module);
            }
        }
        content.fill();
    }

    private void drawSeal(PDPageContentStream content, SealElement element) throws IOException {
        Area area = element.area();
        content.setStrokingColor(GREY);
        content.setNonStrokingColor(GREY);
        content.setLineWidth(0.6f);
        content.setLineDashPattern(new float[] {4, 3}, 0);
        rectangle(content, area);
        content.stroke();
        content.setLineDashPattern(new float[0], 0);
        float size = 10.5f;
        String[] label = {"此处加盖", template.sealLabel()};
        // the label sits in the upper part of the slot: station name and date show through below it
        float firstBaseline = y(area.y()) - mm(3) - size;
        for (int i = 0; i < label.length; i++) {
            float textWidth = TextLayout.width(fonts, FontRole.BODY, label[i], size);
            drawLine(content, label[i], FontRole.BODY, size, mm(area.x()) + (mm(area.width()) - textWidth) / 2,
                    firstBaseline - i * (size + 3));
        }
        content.setStrokingColor(0f);
        content.setNonStrokingColor(0f);
    }

    private static void rectangle(PDPageContentStream content, Area area) throws IOException {
        content.addRect(mm(area.x()), y(area.y()) - mm(area.height()), mm(area.width()), mm(area.height()));
    }

    private static float mm(double millimetres) {
        return (float) millimetres * PT_PER_MM;
    }

    private static float y(double millimetresFromTop) {
        return PAGE_HEIGHT - mm(millimetresFromTop);
    }
}
