package cn.certdesk.printing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Writes dates the way Chinese certificates print them: with Chinese numerals
 * (二〇二六年十一月二十二日, the form used on seals and formal documents) or with Arabic digits
 * (2026年11月22日). Stateless and thread-safe.
 */
public final class ChineseDates {

    private static final char[] DIGITS = {'〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'};

    private ChineseDates() {
    }

    /** @return e.g. 二〇二六年十一月二十二日: year digit by digit with 〇, month and day as numbers (十, 十一, 二十, 三十一) */
    public static String numerals(LocalDate date) {
        Objects.requireNonNull(date, "date");
        StringBuilder text = new StringBuilder();
        for (char digit : Integer.toString(date.getYear()).toCharArray()) {
            text.append(DIGITS[digit - '0']);
        }
        return text.append('年').append(number(date.getMonthValue())).append('月')
                .append(number(date.getDayOfMonth())).append('日').toString();
    }

    /** @return e.g. 2026年11月22日 (no leading zeros) */
    public static String arabic(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** @return the date in {@code style}, then e.g. 14时05分 (minutes two-digit, hours as given) */
    public static String dateTime(LocalDateTime dateTime, DateStyle style) {
        Objects.requireNonNull(dateTime, "dateTime");
        String date = date(dateTime.toLocalDate(), style);
        if (style == DateStyle.NUMERALS) {
            return date + number(dateTime.getHour()) + "时" + number(dateTime.getMinute()) + "分";
        }
        return date + dateTime.getHour() + "时" + String.format("%02d", dateTime.getMinute()) + "分";
    }

    /** @return the date in {@code style} */
    public static String date(LocalDate date, DateStyle style) {
        return style == DateStyle.NUMERALS ? numerals(date) : arabic(date);
    }

    /** 0–99 as Chinese numerals: 〇, 九, 十, 十一, 二十, 三十一. */
    static String number(int value) {
        if (value < 0 || value > 99) {
            throw new IllegalArgumentException("out of range 0-99: " + value);
        }
        if (value < 10) {
            return String.valueOf(DIGITS[value]);
        }
        int tens = value / 10;
        int ones = value % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS[tens])) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS[ones]));
    }

    /** How a template prints dates. */
    public enum DateStyle {
        /** 二〇二六年十一月二十二日. */
        NUMERALS,
        /** 2026年11月22日. */
        ARABIC
    }
}
