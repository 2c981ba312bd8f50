package cn.certdesk.store.demo;

import java.util.Objects;

/**
 * A store operation failed or was refused. {@link #userMessage()} is the Chinese text for the
 * officer; {@link #getMessage()} is for the log. Neither ever holds personal data (names, ID
 * numbers, phone numbers). May later be merged into the application's own exception type.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String userMessage;

    public StoreException(String message, String userMessage) {
        super(message);
        this.userMessage = Objects.requireNonNull(userMessage, "userMessage");
    }

    public StoreException(String message, String userMessage, Throwable cause) {
        super(message, cause);
        this.userMessage = Objects.requireNonNull(userMessage, "userMessage");
    }

    /** The message to show to the officer, in Chinese. */
    public String userMessage() {
        return userMessage;
    }
}
