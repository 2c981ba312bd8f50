package cn.certdesk.domain.population;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin search keys of a name: every reading of its polyphonic characters, lower-case a–z
 * without tones ({@code ü} as {@code v}), at most {@value #MAX_ALTERNATIVES} alternatives each.
 * For 单田芳: initials {@code stf dtf ctf}, full {@code shantianfang dantianfang chantianfang}.
 *
 * <p>The first alternative is the likeliest: for the first character the surname reading comes
 * first (单 shàn, 曾 zēng, 解 xiè …), otherwise pinyin4j's order; when there are more combinations
 * than the cap, those with the fewest less-likely readings are kept. Characters pinyin4j does not
 * know (rare characters outside the Basic Multilingual Plane, the middle dot of minority names,
 * digits …) are skipped; a name of only such characters has no keys and is found by the name itself.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows no keys (they spell the name).
 *
 * @param initials first letters of each reading, e.g. {@code [stf, dtf, ctf]}
 * @param full     whole readings run together, e.g. {@code [shantianfang, dantianfang, chantianfang]}
 */
public record NamePinyin(List<String> initials, List<String> full) {

    /** Cap on the alternatives of each kind. */
    public static final int MAX_ALTERNATIVES = 8;

    /** Surname readings that differ from the character's ordinary first reading. */
    private static final Map<Character, String> SURNAME_READINGS = Map.ofEntries(
            Map.entry('单', "shan"), Map.entry('曾', "zeng"), Map.entry('解', "xie"), Map.entry('仇', "qiu"),
            Map.entry('朴', "piao"), Map.entry('区', "ou"), Map.entry('查', "zha"), Map.entry('乐', "yue"),
            Map.entry('尉', "yu"), Map.entry('覃', "qin"), Map.entry('翟', "zhai"), Map.entry('盖', "ge"),
            Map.entry('缪', "miao"), Map.entry('种', "chong"), Map.entry('召', "shao"), Map.entry('长', "chang"),
            Map.entry('万', "wan"), Map.entry('秘', "bi"), Map.entry('佴', "nai"), Map.entry('员', "yun"),
            Map.entry('黑', "he"), Map.entry('藏', "zang"), Map.entry('重', "chong"), Map.entry('沈', "shen"),
            Map.entry('石', "shi"), Map.entry('柏', "bai"), Map.entry('薄', "bo"), Map.entry('纪', "ji"),
            Map.entry('任', "ren"), Map.entry('华', "hua"), Map.entry('洗', "xian"), Map.entry('冼', "xian"),
            Map.entry('祭', "zhai"), Map.entry('訾', "zi"), Map.entry('过', "guo"), Map.entry('宁', "ning"));

    public NamePinyin {
        initials = List.copyOf(initials);
        full = List.copyOf(full);
    }

    /** The keys of {@code name}. */
    public static NamePinyin of(String name) {
        Objects.requireNonNull(name, "name");
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        List<List<String>> readingsPerCharacter = new ArrayList<>();
        boolean first = true;
        for (int offset = 0; offset < name.length(); ) {
            int codePoint = name.codePointAt(offset);
            offset += Character.charCount(codePoint);
            List<String> readings = Character.isBmpCodePoint(codePoint)
                    ? readings((char) codePoint, format, first)
                    : List.of();
            if (!readings.isEmpty()) {
                readingsPerCharacter.add(readings);
                first = false;
            }
        }
        List<List<String>> initialsPerCharacter = readingsPerCharacter.stream()
                .map(readings -> List.copyOf(new LinkedHashSet<>(readings.stream()
                        .map(reading -> reading.substring(0, 1)).toList())))
                .toList();
        return new NamePinyin(combine(initialsPerCharacter), combine(readingsPerCharacter));
    }

    /** The initials alternatives space-separated, as stored in {@code resident.pinyin_initials}. */
    public String initialsColumn() {
        return String.join(" ", initials);
    }

    /** The full alternatives space-separated, as stored in {@code resident.pinyin_full}. */
    public String fullColumn() {
        return String.join(" ", full);
    }

    private static List<String> readings(char character, HanyuPinyinOutputFormat format, boolean surname) {
        String[] raw;
        try {
            raw = PinyinHelper.toHanyuPinyinStringArray(character, format);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin output format rejected", e);
        }
        if (raw == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        String preferred = surname ? SURNAME_READINGS.get(character) : null;
        for (String reading : raw) {
            String letters = reading.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (!letters.isEmpty() && letters.equals(preferred)) {
                distinct.add(letters);
            }
        }
        for (String reading : raw) {
            String letters = reading.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (!letters.isEmpty()) {
                distinct.add(letters);
            }
        }
        return List.copyOf(distinct);
    }

    /**
     * Every combination of one reading per character, fewest less-likely readings first, at most
     * {@link #MAX_ALTERNATIVES}. Keeping the best {@code MAX_ALTERNATIVES} partial combinations after
     * each character is exact because a combination's cost is the sum of its readings' ranks.
     */
    private static List<String> combine(List<List<String>> choicesPerCharacter) {
        if (choicesPerCharacter.isEmpty()) {
            return List.of();
        }
        record Partial(String text, int cost) {
        }
        List<Partial> partials = List.of(new Partial("", 0));
        for (List<String> choices : choicesPerCharacter) {
            List<Partial> extended = new ArrayList<>();
            for (Partial partial : partials) {
                for (int rank = 0; rank < choices.size(); rank++) {
                    extended.add(new Partial(partial.text() + choices.get(rank), partial.cost() + rank));
                }
            }
            extended.sort(Comparator.comparingInt(Partial::cost)); // stable: earlier readings first on ties
            partials = extended.subList(0, Math.min(MAX_ALTERNATIVES * MAX_ALTERNATIVES, extended.size()));
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (Partial partial : partials) {
            if (distinct.size() == MAX_ALTERNATIVES) {
                break;
            }
            distinct.add(partial.text());
        }
        return List.copyOf(distinct);
    }

    @Override
    public String toString() {
        return "NamePinyin[" + initials.size() + " initials, " + full.size() + " full]";
    }
}
