package cn.certdesk.domain.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/** An immutable table of values with integer weights; picks one with a given random generator. */
final class WeightedChoice<T> {

    private final List<T> values;
    private final int[] cumulative;

    private WeightedChoice(List<T> values, int[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    /** Parses {@code "王 710 李 700 …"}: values separated from their weights by white space. */
    static WeightedChoice<String> parse(String table) {
        String[] tokens = table.trim().split("\\s+");
        if (tokens.length % 2 != 0) {
            throw new IllegalArgumentException("value without weight in table");
        }
        List<String> values = new ArrayList<>();
        int[] cumulative = new int[tokens.length / 2];
        int sum = 0;
        for (int i = 0; i < tokens.length; i += 2) {
            values.add(tokens[i]);
            sum += Integer.parseInt(tokens[i + 1]);
            cumulative[i / 2] = sum;
        }
        return new WeightedChoice<>(List.copyOf(values), cumulative);
    }

    /** Every value weighs the same; {@code chars} is split into code points (supplementary ones stay whole). */
    static WeightedChoice<String> uniformCodePoints(String chars) {
        List<String> values = chars.codePoints().mapToObj(Character::toString).toList();
        int[] cumulative = new int[values.size()];
        Arrays.setAll(cumulative, i -> i + 1);
        return new WeightedChoice<>(values, cumulative);
    }

    static <T> WeightedChoice<T> of(List<T> values, int[] weights) {
        int[] cumulative = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return new WeightedChoice<>(List.copyOf(values), cumulative);
    }

    T pick(RandomGenerator random) {
        int target = random.nextInt(cumulative[cumulative.length - 1]);
        int index = Arrays.binarySearch(cumulative, target + 1);
        if (index < 0) {
            index = -index - 1;
        }
        return values.get(index);
    }

    List<T> values() {
        return values;
    }
}
