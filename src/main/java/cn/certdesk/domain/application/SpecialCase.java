package cn.certdesk.domain.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * R14 特事特办: one special case for which the station issues a certificate it otherwise would not
 * (out-of-province rights affairs, going abroad), always with a reason and station-head approval.
 * The list is data ({@value #RESOURCE}), not code branches. Immutable and thread-safe.
 *
 * @param code   stored with the application (field {@link OverrideCertificate#SPECIAL_CASE})
 * @param label  what the officer picks from
 * @param source where the seeds name it
 */
public record SpecialCase(String code, String label, String source) {

    /** The bundled list, one case a line: code, label, source, tab-separated; {@code #} starts a comment. */
    public static final String RESOURCE = "special-cases.tsv";

    public SpecialCase {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
    }

    /** The special cases shipped with the desk (R14). */
    public static List<SpecialCase> bundled() {
        try (InputStream in = SpecialCase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SpecialCase> parse(List<String> lines) {
        List<SpecialCase> cases = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected code, label, source");
            }
            cases.add(new SpecialCase(columns[0].strip(), columns[1].strip(), columns[2].strip()));
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " lists no special case");
        }
        return List.copyOf(cases);
    }

    /** The case with {@code code} in {@code cases}. */
    public static Optional<SpecialCase> byCode(List<SpecialCase> cases, String code) {
        return cases.stream().filter(candidate -> candidate.code().equals(code)).findFirst();
    }
}
