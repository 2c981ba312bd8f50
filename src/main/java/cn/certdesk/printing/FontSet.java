package cn.certdesk.printing;

import cn.certdesk.printing.Template.FontRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The print faces, parsed once per engine (parsing a CJK font costs 250–380 ms): body AR PL
 * UMing CN (Song/Ming), heading WenQuanYi Micro Hei, and HanaMinA/HanaMinB for characters the
 * first two lack (CJK Extension A, B and later). The face is chosen per code point by cmap
 * lookup, in the order: the text's own face, HanaMinA, HanaMinB, the other face.
 *
 * <p>Thread-safety: FontBox's {@link TrueTypeFont} reads tables lazily from a shared file and is
 * not documented as thread-safe, so every use of the faces (measuring and embedding) happens
 * under {@link #lock()}; the engine holds it for the whole of one document.
 */
final class FontSet implements AutoCloseable {

    static final String BODY_FILE = "uming.ttc";
    static final String BODY_NAME = "UMingCN";
    static final String HEADING_FILE = "wqy-microhei.ttc";
    static final String HEADING_NAME = "WenQuanYiMicroHei";
    static final String FALLBACK_A_FILE = "HanaMinA.ttf";
    static final String FALLBACK_B_FILE = "HanaMinB.ttf";

    /** Face indexes. */
    static final int BODY = 0;
    static final int HEADING = 1;
    static final int FALLBACK_A = 2;
    static final int FALLBACK_B = 3;

    private final AtomicInteger parseCount = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final List<TrueTypeFont> faces;
    private final List<CmapLookup> cmaps;
    private final float[] unitsPerEm;
    private final List<AutoCloseable> resources = new java.util.ArrayList<>();

    private FontSet(Path fontsDir) throws IOException {
        TrueTypeFont body = fromCollection(fontsDir.resolve(BODY_FILE), BODY_NAME);
        TrueTypeFont heading = fromCollection(fontsDir.resolve(HEADING_FILE), HEADING_NAME);
        TrueTypeFont fallbackA = single(fontsDir.resolve(FALLBACK_A_FILE));
        TrueTypeFont fallbackB = single(fontsDir.resolve(FALLBACK_B_FILE));
        faces = List.of(body, heading, fallbackA, fallbackB);
        cmaps = faces.stream().map(face -> {
            try {
                return face.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        unitsPerEm = new float[faces.size()];
        for (int i = 0; i < faces.size(); i++) {
            unitsPerEm[i] = faces.get(i).getUnitsPerEm();
            faces.get(i).getHorizontalMetrics(); // load now, not lazily from several threads
        }
    }

    /**
     * Parses the four faces from {@code fontsDir} (normally {@code templates/fonts}).
     *
     * @throws TemplateException naming the font file when one is missing or unreadable
     */
    static FontSet load(Path fontsDir) {
        for (String file : List.of(BODY_FILE, HEADING_FILE, FALLBACK_A_FILE, FALLBACK_B_FILE)) {
            if (!Files.isRegularFile(fontsDir.resolve(file))) {
                throw new TemplateException("fonts/" + file, null, "font file is missing");
            }
        }
        try {
            return new FontSet(fontsDir);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new TemplateException("fonts", null, "a font file cannot be parsed", e);
        }
    }

    private TrueTypeFont fromCollection(Path file, String postScriptName) throws IOException {
        parseCount.incrementAndGet();
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        resources.add(collection);
        TrueTypeFont font = collection.getFontByName(postScriptName);
        if (font == null) {
            throw new IOException("font " + postScriptName + " not in " + file.getFileName());
        }
        return font;
    }

    private TrueTypeFont single(Path file) throws IOException {
        parseCount.incrementAndGet();
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        resources.add(font);
        return font;
    }

    /** @return how many font files this set has parsed (4 after construction, never more) */
    int parseCount() {
        return parseCount.get();
    }

    /** @return the lock that guards every use of the faces */
    ReentrantLock lock() {
        return lock;
    }

    /** @return the parsed face with index {@code face} */
    TrueTypeFont face(int face) {
        return faces.get(face);
    }

    /** @return the face that draws {@code codePoint} for text in {@code role}, or -1 when none has it */
    int faceFor(FontRole role, int codePoint) {
        int own = role == FontRole.HEADING ? HEADING : BODY;
        int other = own == BODY ? HEADING : BODY;
        for (int face : new int[] {own, FALLBACK_A, FALLBACK_B, other}) {
            if (cmaps.get(face).getGlyphId(codePoint) != 0) {
                return face;
            }
        }
        return -1;
    }

    /** @return whether some face has a glyph for {@code codePoint} */
    boolean covers(int codePoint) {
        return faceFor(FontRole.BODY, codePoint) >= 0;
    }

    /** @return the advance width of {@code codePoint} in {@code face} at {@code size}, in points */
    float advance(int face, int codePoint, float size) {
        try {
            int glyph = cmaps.get(face).getGlyphId(codePoint);
            return faces.get(face).getAdvanceWidth(glyph) * size / unitsPerEm[face];
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                // closing read-only font files at shutdown; nothing to recover
            }
        }
    }
}
