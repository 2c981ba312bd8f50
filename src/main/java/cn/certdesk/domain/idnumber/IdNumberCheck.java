package cn.certdesk.domain.idnumber;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link IdNumberValidator#validate(String)}: either {@link Valid} or
 * {@link Rejected}. Neither holds the raw input, and neither message quotes the full number.
 * Immutable and thread-safe.
 */
public sealed interface IdNumberCheck {

    /** Whether the input is a resident ID number (possibly with warnings). */
    boolean isValid();

    /**
     * The input is a resident ID number.
     *
     * @param number          the normalized 18-character number
     * @param place           the division of the address code, if the table knows it
     * @param warnings        what the officer should see; empty for an ordinary number
     * @param convertedFrom15 {@code true} if the input was a 15-digit number of before 1999 and
     *                        {@code number} is its 18-character form
     */
    record Valid(ResidentIdNumber number, Optional<AddressCode> place, List<IdNumberWarning> warnings,
            boolean convertedFrom15) implements IdNumberCheck {

        public Valid {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(place, "place");
            warnings = List.copyOf(warnings);
        }

        @Override
        public boolean isValid() {
            return true;
        }

        /**
         * Whether the officer must give a reason before the number is used (an unknown address
         * code).
         */
        public boolean requiresOverrideReason() {
            return warnings.stream().anyMatch(IdNumberWarning::requiresOverrideReason);
        }

        /** The latest name of the address code's division, e.g. {@code 九台市}, if known. */
        public Optional<String> placeName() {
            return place.map(AddressCode::latestName);
        }

        /** One Chinese message per warning, naming the place where it is known. */
        public List<String> warningMessages() {
            return warnings.stream()
                    .map(warning -> warning.message() + placeName().map(name -> "：" + name).orElse(""))
                    .toList();
        }

        /** One English message per warning, naming the place where it is known. */
        public List<String> englishWarningMessages() {
            return warnings.stream()
                    .map(warning -> warning.englishMessage() + placeName().map(name -> ": " + name).orElse(""))
                    .toList();
        }
    }

    /**
     * The input is not a resident ID number.
     *
     * @param reason   why
     * @param position the 1-based position (in characters as the officer sees them, after
     *                 surrounding whitespace is removed) where the problem starts, or {@code -1}
     *                 if it concerns the whole input
     * @param detail   what was found there, e.g. {@code “A” U+0041} or the length; never the
     *                 full number; empty if there is nothing to add
     */
    record Rejected(IdNumberRejection reason, int position, String detail) implements IdNumberCheck {

        /** Position value when the rejection concerns the whole input. */
        public static final int NO_POSITION = -1;

        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
            if (position < 1 && position != NO_POSITION) {
                throw new IllegalArgumentException("position must be 1-based or -1");
            }
        }

        @Override
        public boolean isValid() {
            return false;
        }

        /** The Chinese message with position and detail, e.g. {@code 含非法字符（第7位：“ ” U+0020）}. */
        public String message() {
            return reason.message() + suffix("（第" + position + "位", "：", "（", "）");
        }

        /** The English message with position and detail. */
        public String englishMessage() {
            return reason.englishMessage() + suffix(" (position " + position, ": ", " (", ")");
        }

        private String suffix(String positionText, String separator, String open, String close) {
            boolean hasPosition = position != NO_POSITION;
            boolean hasDetail = !detail.isEmpty();
            if (hasPosition && hasDetail) {
                return positionText + separator + detail + close;
            }
            if (hasPosition) {
                return positionText + close;
            }
            return hasDetail ? open + detail + close : "";
        }
    }
}
