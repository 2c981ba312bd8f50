package cn.certdesk.domain.idnumber;

/**
 * The check character of a resident ID number (GB 11643-1999): ISO 7064 MOD 11-2 over the
 * first 17 digits. Stateless and thread-safe.
 */
public final class CheckCharacter {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private CheckCharacter() {
    }

    /**
     * @param first17 the first 17 characters of an 18-character number, all ASCII digits
     * @return the expected 18th character, {@code '0'..'9'} or upper-case {@code 'X'}
     * @throws IllegalArgumentException if {@code first17} is not 17 ASCII digits
     */
    public static char of(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not an ASCII digit at position " + (i + 1));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
