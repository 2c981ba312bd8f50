package cn.certdesk.domain.application;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;
import cn.certdesk.domain.catalogue.FieldType;
import cn.certdesk.domain.catalogue.RequiredField;
import cn.certdesk.domain.idnumber.IdNumberCheck;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.stub.PhoneNumber;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Checks one field of the issuing form by its catalogue type and length limit, and gives the value
 * the template prints (dates ISO, date-times {@code yyyy-MM-ddTHH:mm}). Every refusal is a
 * {@link CertDeskException} whose message names the field by its label; nothing is cut or changed
 * silently beyond surrounding white space. Thread-safe.
 */
public final class FormFieldCheck {

    private static final DateTimeFormatter DATE_TIME_TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final IdNumberValidator idNumbers;

    public FormFieldCheck(IdNumberValidator idNumbers) {
        this.idNumbers = Objects.requireNonNull(idNumbers, "idNumbers");
    }

    /**
     * @param typed what is in the field
     * @return the value to store and print; empty for an empty optional field
     * @throws CertDeskException {@code issue.field.required}, {@code input.too.long},
     *         {@code input.illegal.character}, {@code issue.field.date}, {@code issue.field.date.time},
     *         {@code issue.field.gender}, {@code issue.field.id.number} or a {@code phone.*} key
     */
    public String check(RequiredField field, String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            if (field.optional()) {
                return "";
            }
            throw new CertDeskException("issue.field.required", field.label());
        }
        int length = value.codePointCount(0, value.length());
        if (length > field.maxLength()) {
            throw new CertDeskException("input.too.long", field.label(), field.maxLength(), length);
        }
        if (field.type() == FieldType.LONG_TEXT) {
            // several lines: each line obeys the free-text rules
            for (String line : value.split("\n", -1)) {
                if (!line.isBlank()) {
                    TextInput.require(field.label(), line, field.maxLength());
                }
            }
            return value;
        }
        TextInput.require(field.label(), value, field.maxLength());
        return switch (field.type()) {
            case DATE -> date(field, value);
            case DATE_TIME -> dateTime(field, value);
            case GENDER -> {
                if (!value.equals("男") && !value.equals("女")) {
                    throw new CertDeskException("issue.field.gender", field.label());
                }
                yield value;
            }
            case ID_NUMBER -> {
                IdNumberCheck check = idNumbers.validate(value);
                if (check instanceof IdNumberCheck.Rejected rejected) {
                    throw new CertDeskException("issue.field.id.number", field.label(), rejected.message());
                }
                yield ((IdNumberCheck.Valid) check).number().value();
            }
            case PHONE -> PhoneNumber.parse(value).value();
            default -> value;
        };
    }

    private static String date(RequiredField field, String value) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new CertDeskException("issue.field.date", field.label());
        }
    }

    private static String dateTime(RequiredField field, String value) {
        try {
            String normalized = value.replace('T', ' ');
            return LocalDateTime.parse(normalized, DATE_TIME_TYPED).toString().substring(0, 16);
        } catch (DateTimeParseException e) {
            throw new CertDeskException("issue.field.date.time", field.label());
        }
    }
}
