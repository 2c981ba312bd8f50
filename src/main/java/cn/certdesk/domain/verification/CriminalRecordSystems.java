package cn.certdesk.domain.verification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The list of systems and archives every no-criminal-record verification checks (R12), as data:
 * {@value #BUNDLED_RESOURCE}, one tab-separated line per system ({@code id}, name, source), in
 * the order the officer ticks them. Immutable and thread-safe.
 */
public final class CriminalRecordSystems {

    public static final String BUNDLED_RESOURCE = "/cn/certdesk/domain/verification/criminal-record-systems.tsv";

    private static final Pattern ID = Pattern.compile("[a-z][A-Za-z0-9]*");

    private final List<CriminalRecordSystem> systems;

    public CriminalRecordSystems(List<CriminalRecordSystem> systems) {
        if (systems.isEmpty()) {
            throw new IllegalArgumentException("at least one system must be checked");
        }
        Set<String> ids = new HashSet<>();
        for (CriminalRecordSystem system : systems) {
            if (!ids.add(system.id())) {
                throw new IllegalArgumentException("duplicate system id " + system.id());
            }
        }
        this.systems = List.copyOf(systems);
    }

    /** The list shipped with the application. */
    public static CriminalRecordSystems bundled() {
        InputStream in = CriminalRecordSystems.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + BUNDLED_RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Reads the list from TSV text ({@code #} starts a comment line). */
    public static CriminalRecordSystems parse(String tsv) {
        return read(new StringReader(tsv));
    }

    private static CriminalRecordSystems read(Reader source) {
        List<CriminalRecordSystem> systems = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(source)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 3 || !ID.matcher(columns[0]).matches() || columns[1].isBlank()
                        || columns[2].isBlank()) {
                    throw new IllegalArgumentException("criminal-record systems, line " + number
                            + ": expected id<TAB>name<TAB>source with a lower-camel-case id");
                }
                systems.add(new CriminalRecordSystem(columns[0], columns[1].strip(), columns[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CriminalRecordSystems(systems);
    }

    /** Every system, in the order they are checked and printed. */
    public List<CriminalRecordSystem> all() {
        return systems;
    }

    public Optional<CriminalRecordSystem> byId(String id) {
        return systems.stream().filter(system -> system.id().equals(id)).findFirst();
    }
}
