package cn.certdesk.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The one application exception: it carries the key of a message for the officer (resolved
 * against the {@code messages} bundles, zh_CN first) and its arguments. Log it once where it
 * is finally handled; never show a stack trace to an officer. Arguments must never hold
 * personal data (names, ID numbers, phone numbers) since messages may reach a log line.
 */
public class CertDeskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public CertDeskException(String messageKey, Object... arguments) {
        this(messageKey, null, arguments);
    }

    public CertDeskException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey + Arrays.toString(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The bundle key of the officer-facing message. */
    public String messageKey() {
        return messageKey;
    }

    /** The message arguments ({@link java.text.MessageFormat} style {0}, {1} …). */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
