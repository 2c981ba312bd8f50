package cn.certdesk.printing;

import cn.certdesk.printing.Template.FontRole;
import java.util.ArrayList;
import java.util.List;

/**
 * Line breaking and face selection for Chinese text: a line may break between any two Chinese
 * characters, never inside an ASCII word or number (ID numbers stay whole), never before closing
 * punctuation (，。）》…) and never after opening punctuation (（《“…). A newline starts a new
 * paragraph; the first line of a paragraph is indented by {@code indent} character widths.
 * Stateless; callers hold the {@link FontSet#lock()}.
 */
final class TextLayout {

    private static final String CLOSING = "，。、；：？！）》」』”’〕】…—·%,.;:!?)]}";
    private static final String OPENING = "（《「『“‘〔【([{";

    private TextLayout() {
    }

    /** One laid-out line. */
    record Line(String text, boolean paragraphStart) {
    }

    /** A piece of a line drawn in one face, at {@code offset} points from the line start. */
    record Run(int face, String text, float offset) {
    }

    static List<Line> wrap(FontSet fonts, FontRole role, String text, float width, float size, double indent,
            boolean continuesParagraph) {
        List<Line> lines = new ArrayList<>();
        String[] paragraphs = text.replace("\r\n", "\n").replace('\t', ' ').split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            boolean paragraphStart = !(p == 0 && continuesParagraph);
            int[] cps = paragraphs[p].codePoints().toArray();
            if (cps.length == 0) {
                lines.add(new Line("", paragraphStart));
                continue;
            }
            int start = 0;
            while (start < cps.length) {
                float available = width - (paragraphStart ? (float) (indent * size) : 0f);
                float used = 0;
                int lastBreak = -1;
                int i = start;
                while (i < cps.length) {
                    if (i > start && canBreakBefore(cps[i - 1], cps[i])) {
                        lastBreak = i;
                    }
                    float advance = advance(fonts, role, cps[i], size);
                    if (used + advance > available + 0.01f && i > start) {
                        break;
                    }
                    used += advance;
                    i++;
                }
                int end = i == cps.length ? i : (lastBreak > start ? lastBreak : i);
                lines.add(new Line(new String(cps, start, end - start), paragraphStart));
                paragraphStart = false;
                start = end;
                while (start < cps.length && cps[start] == ' ') {
                    start++;
                }
            }
        }
        return lines;
    }

    static boolean canBreakBefore(int previous, int current) {
        if (current < 0x10000 && CLOSING.indexOf(current) >= 0) {
            return false;
        }
        if (previous < 0x10000 && OPENING.indexOf(previous) >= 0) {
            return false;
        }
        return !(isWordChar(previous) && isWordChar(current));
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x80 && cp > ' ' && CLOSING.indexOf(cp) < 0 && OPENING.indexOf(cp) < 0
                || cp == '.' || cp == '-' || cp == '/';
    }

    static float advance(FontSet fonts, FontRole role, int codePoint, float size) {
        int face = fonts.faceFor(role, codePoint);
        return face < 0 ? size : fonts.advance(face, codePoint, size);
    }

    static float width(FontSet fonts, FontRole role, String text, float size) {
        float width = 0;
        for (int cp : text.codePoints().toArray()) {
            width += advance(fonts, role, cp, size);
        }
        return width;
    }

    /** Splits {@code text} into runs of one face each (per-character fallback). */
    static List<Run> runs(FontSet fonts, FontRole role, String text, float size) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentFace = -2;
        float offset = 0;
        float runStart = 0;
        for (int cp : text.codePoints().toArray()) {
            int face = fonts.faceFor(role, cp);
            if (face < 0) {
                face = role == FontRole.HEADING ? FontSet.HEADING : FontSet.BODY;
            }
            if (face != currentFace && !current.isEmpty()) {
                runs.add(new Run(currentFace, current.toString(), runStart));
                current.setLength(0);
                runStart = offset;
            }
            if (current.isEmpty()) {
                runStart = offset;
            }
            currentFace = face;
            current.appendCodePoint(cp);
            offset += fonts.advance(face, cp, size);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(currentFace, current.toString(), runStart));
        }
        return runs;
    }
}
