package cn.certdesk.domain.idnumber;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One administrative division code of GB/T 2260 (行政区划代码) as it appears in the first six
 * digits of a resident ID number, with every name it had. Immutable and thread-safe.
 *
 * @param code       six ASCII digits, e.g. {@code "220181"}
 * @param names      every name the code had, oldest first, latest last (never empty)
 * @param firstSeen  the first revision of the division table that lists the code
 * @param lastSeen   the last revision of the division table that lists the code
 * @param historical {@code true} if the code was retired or renamed before the latest revision
 *                   the table knows, e.g. 220181 九台市 (became 220113 九台区 in 2014). Numbers
 *                   issued under a historical code stay valid.
 */
public record AddressCode(
        String code, List<String> names, YearMonth firstSeen, YearMonth lastSeen, boolean historical) {

    public AddressCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        if (!isSixAsciiDigits(code)) {
            throw new IllegalArgumentException("address code must be six ASCII digits");
        }
        names = List.copyOf(names);
        if (names.isEmpty() || containsBlank(names)) {
            throw new IllegalArgumentException("address code " + code + " needs at least one non-blank name");
        }
        if (lastSeen.isBefore(firstSeen)) {
            throw new IllegalArgumentException("address code " + code + " last seen before first seen");
        }
    }

    /** The name the division had when the code was last listed, e.g. {@code 九台市} for 220181. */
    public String latestName() {
        return names.getLast();
    }

    // A loop, not a stream: this runs for every row while the table loads at application start.
    static boolean containsBlank(List<String> names) {
        for (String name : names) {
            if (name.isBlank()) {
                return true;
            }
        }
        return false;
    }

    static boolean isSixAsciiDigits(CharSequence text) {
        if (text.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
