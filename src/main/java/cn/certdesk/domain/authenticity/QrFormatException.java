package cn.certdesk.domain.authenticity;

/** A QR text that is not a {@link QrPayload}; the message names the problem, never the text. */
public final class QrFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public QrFormatException(String reason) {
        super(reason);
    }
}
