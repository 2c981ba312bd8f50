package cn.certdesk.domain.authenticity;

import java.util.Objects;

/** The outcome of verifying a QR payload: {@link Valid} or {@link Invalid}. */
public sealed interface Verification {

    boolean valid();

    /** The payload parsed and its signature verified against a known key of its station. */
    record Valid(QrPayload payload) implements Verification {
        public Valid {
            Objects.requireNonNull(payload, "payload");
        }

        @Override
        public boolean valid() {
            return true;
        }
    }

    /**
     * Verification failed.
     *
     * @param detail an English technical detail (e.g. which part of the format is wrong), never
     *        personal data; may be empty
     */
    record Invalid(InvalidReason reason, String detail) implements Verification {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
            detail = detail == null ? "" : detail;
        }

        @Override
        public boolean valid() {
            return false;
        }

        /** "中文 — English (detail)". */
        public String message() {
            return reason.message() + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }
}
