package cn.certdesk.domain.idnumber;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GB/T 2260 administrative division codes that may appear in a resident ID number, with
 * every name each code had and the revisions it was listed in.
 *
 * <p>The shipped table ({@link #loadBundled()}) covers the Ministry of Civil Affairs revisions
 * 1980-12 … 2019-04. Codes created later are missing; the province's data extends the table at
 * sync through {@link #withAdditional(List)}.
 *
 * <p>File format (UTF-8, tab-separated): any number of comment lines starting with {@code #},
 * then the header line {@code code names first_seen last_seen}, then one row per code:
 * six digits, names separated by {@code |} (latest last), first and last revision as
 * {@code YYYYMM}. Blank lines are skipped; a leading byte order mark is ignored. A code is
 * historical if its last revision is before the latest revision found in the file.
 *
 * <p>Immutable and thread-safe; share one instance.
 */
public final class AddressCodeTable {

    /** Name of the bundled table, a resource next to this class. */
    public static final String BUNDLED_RESOURCE = "gb2260-codes.tsv";

    private static final String HEADER = "code\tnames\tfirst_seen\tlast_seen";
    private static final char COMMENT = '#';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Map<String, AddressCode> codesByValue;

    private AddressCodeTable(Map<String, AddressCode> codesByValue) {
        this.codesByValue = Map.copyOf(codesByValue);
    }

    /**
     * Reads the table shipped with the application ({@value #BUNDLED_RESOURCE}).
     *
     * @throws IllegalStateException if the resource is missing from the build
     * @throws AddressCodeTableFormatException if the resource is malformed
     */
    public static AddressCodeTable loadBundled() {
        try (InputStream bundled = AddressCodeTable.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (bundled == null) {
                throw new IllegalStateException("bundled address code table missing: " + BUNDLED_RESOURCE);
            }
            return load(bundled);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled address code table", e);
        }
    }

    /**
     * Reads a table in UTF-8 from {@code input}; the caller closes the stream.
     *
     * @throws AddressCodeTableFormatException naming the line number of the first malformed line
     * @throws UncheckedIOException if reading fails
     */
    public static AddressCodeTable load(InputStream input) {
        return load(new InputStreamReader(input, StandardCharsets.UTF_8));
    }

    /**
     * Reads a table from {@code reader}; the caller closes the reader.
     *
     * @throws AddressCodeTableFormatException naming the line number of the first malformed line
     * @throws UncheckedIOException if reading fails
     */
    public static AddressCodeTable load(Reader reader) {
        List<Row> rows = new ArrayList<>(8192);
        BufferedReader lines = new BufferedReader(reader, 64 * 1024);
        boolean headerSeen = false;
        int lineNumber = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                    line = line.substring(1);
                }
                if (line.isEmpty() || line.charAt(0) == COMMENT) {
                    continue;
                }
                if (!headerSeen) {
                    if (!line.equals(HEADER)) {
                        throw new AddressCodeTableFormatException(lineNumber,
                                "expected header line \"" + HEADER.replace("\t", "\\t") + "\"");
                    }
                    headerSeen = true;
                    continue;
                }
                rows.add(parseRow(line, lineNumber));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read address code table after line " + lineNumber, e);
        }
        if (!headerSeen) {
            throw new AddressCodeTableFormatException(lineNumber, "no header line");
        }
        return fromRows(rows);
    }

    /**
     * A table holding this table's codes plus {@code additional} ones, e.g. codes the province
     * sends at sync. A row for a code already present replaces it (the newer source knows its
     * full name history); the {@code historical} flag of each given row is taken as given.
     * This table is left unchanged.
     */
    public AddressCodeTable withAdditional(List<AddressCode> additional) {
        Map<String, AddressCode> merged = new HashMap<>(codesByValue);
        for (AddressCode code : additional) {
            merged.put(code.code(), code);
        }
        return new AddressCodeTable(merged);
    }

    /**
     * The division with this code, if the table knows it.
     *
     * @param code the first six characters of an ID number; anything else finds nothing
     */
    public Optional<AddressCode> lookup(String code) {
        return Optional.ofNullable(codesByValue.get(code));
    }

    /** Number of codes in the table. */
    public int size() {
        return codesByValue.size();
    }

    /** All codes of the table, in no particular order. */
    public List<AddressCode> codes() {
        return List.copyOf(codesByValue.values());
    }

    private static AddressCodeTable fromRows(List<Row> rows) {
        YearMonth latestRevision = null;
        for (Row row : rows) {
            if (latestRevision == null || row.lastSeen().isAfter(latestRevision)) {
                latestRevision = row.lastSeen();
            }
        }
        Map<String, AddressCode> codesByValue = HashMap.newHashMap(rows.size());
        for (Row row : rows) {
            boolean historical = row.lastSeen().isBefore(latestRevision);
            AddressCode code = new AddressCode(row.code(), row.names(), row.firstSeen(), row.lastSeen(), historical);
            if (codesByValue.putIfAbsent(code.code(), code) != null) {
                throw new AddressCodeTableFormatException(row.lineNumber(), "code " + code.code() + " appears twice");
            }
        }
        return new AddressCodeTable(codesByValue);
    }

    private static Row parseRow(String line, int lineNumber) {
        int firstTab = line.indexOf('\t');
        int secondTab = firstTab < 0 ? -1 : line.indexOf('\t', firstTab + 1);
        int thirdTab = secondTab < 0 ? -1 : line.indexOf('\t', secondTab + 1);
        if (thirdTab < 0 || line.indexOf('\t', thirdTab + 1) >= 0) {
            throw new AddressCodeTableFormatException(lineNumber, "expected 4 tab-separated columns");
        }
        String code = line.substring(0, firstTab);
        if (!AddressCode.isSixAsciiDigits(code)) {
            throw new AddressCodeTableFormatException(lineNumber, "code must be six digits, got \"" + code + "\"");
        }
        List<String> names = List.of(line.substring(firstTab + 1, secondTab).split("\\|", -1));
        if (AddressCode.containsBlank(names)) {
            throw new AddressCodeTableFormatException(lineNumber, "empty name");
        }
        YearMonth firstSeen = parseRevision(line.substring(secondTab + 1, thirdTab), lineNumber, "first_seen");
        YearMonth lastSeen = parseRevision(line.substring(thirdTab + 1), lineNumber, "last_seen");
        if (lastSeen.isBefore(firstSeen)) {
            throw new AddressCodeTableFormatException(lineNumber, "last_seen is before first_seen");
        }
        return new Row(lineNumber, code, names, firstSeen, lastSeen);
    }

    private static YearMonth parseRevision(String text, int lineNumber, String column) {
        if (text.length() == 6) {
            int value = 0;
            boolean digits = true;
            for (int i = 0; i < 6 && digits; i++) {
                char c = text.charAt(i);
                digits = c >= '0' && c <= '9';
                value = value * 10 + (c - '0');
            }
            int month = value % 100;
            if (digits && month >= 1 && month <= 12) {
                return YearMonth.of(value / 100, month);
            }
        }
        throw new AddressCodeTableFormatException(lineNumber, column + " must be YYYYMM, got \"" + text + "\"");
    }

    private record Row(int lineNumber, String code, List<String> names, YearMonth firstSeen, YearMonth lastSeen) {
    }
}
