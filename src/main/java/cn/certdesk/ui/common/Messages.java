package cn.certdesk.ui.common;

import cn.certdesk.domain.CertDeskException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The officer-facing texts: {@code cn/certdesk/messages_zh_CN.properties} (primary) and
 * {@code messages_en.properties}. Immutable and thread-safe.
 */
public final class Messages {

    public static final String BASE_NAME = "cn.certdesk.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BASE_NAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese unless {@code languageTag} is "en". */
    public static Messages forLanguage(String languageTag) {
        return new Messages("en".equalsIgnoreCase(languageTag) ? Locale.ENGLISH : CHINESE);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            resolved[i] = arguments[i] instanceof String text && text.startsWith("field.") && bundle.containsKey(text)
                    ? bundle.getString(text)
                    : arguments[i] instanceof Number number ? number.toString() : arguments[i];
        }
        return new MessageFormat(pattern, locale()).format(resolved);
    }

    /** The message for the officer; field keys among the arguments are translated too. */
    public String of(CertDeskException exception) {
        return get(exception.messageKey(), exception.arguments());
    }

    /** The message for any failure: a {@link CertDeskException}'s own, otherwise a generic one. */
    public String ofFailure(Throwable failure) {
        return failure instanceof CertDeskException known ? of(known) : get("error.unexpected");
    }

    public List<String> keys() {
        return List.copyOf(bundle.keySet());
    }
}
