package cn.certdesk.domain.demo;

import cn.certdesk.domain.idnumber.CheckCharacter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Hands out unique ID numbers by counting, per (address code, birth date, gender), how many
 * sequence numbers were already issued: uniqueness is guaranteed by construction, not by chance.
 *
 * <p>A bucket holds 500 male (odd: 001…999) and 499 female (even: 002…998) sequence numbers; the
 * n-th number of a bucket is {@code (n + offset) mod capacity}, with an offset derived from the
 * bucket, so numbers do not all start at 001. When a bucket is full the birth date moves by a day
 * ({@link Allocation#birthDate()} tells which date the number encodes). Memory is one {@code short}
 * per (area, day, gender) actually used, whatever the size of the population. Not thread-safe.
 */
final class IdNumberAllocator {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final int MALE_CAPACITY = 500;
    private static final int FEMALE_CAPACITY = 499;
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** An issued number and the birth date it encodes. */
    record Allocation(String idNumber, LocalDate birthDate) {
    }

    private final List<JilinRegion> regions;
    private final LocalDate latestBirth;
    private final int days;
    private final long salt;
    /** [region * 2 + gender][day since EARLIEST_BIRTH] = numbers issued; rows allocated lazily. */
    private final short[][] issued;

    IdNumberAllocator(List<JilinRegion> regions, LocalDate latestBirth, long salt) {
        this.regions = regions;
        this.latestBirth = latestBirth;
        this.days = (int) ChronoUnit.DAYS.between(EARLIEST_BIRTH, latestBirth) + 1;
        this.salt = salt;
        this.issued = new short[regions.size() * 2][];
    }

    Allocation allocate(int regionIndex, LocalDate wantedBirthDate, boolean male) {
        int wantedDay = (int) ChronoUnit.DAYS.between(EARLIEST_BIRTH, wantedBirthDate);
        for (int distance = 0; distance < days; distance++) {
            for (int sign : new int[] {1, -1}) {
                int day = wantedDay + sign * distance;
                if (day >= 0 && day < days) {
                    int sequence = nextSequence(regionIndex, day, male);
                    if (sequence > 0) {
                        LocalDate birthDate = EARLIEST_BIRTH.plusDays(day);
                        return new Allocation(format(regions.get(regionIndex).code(), birthDate, sequence), birthDate);
                    }
                }
                if (distance == 0) {
                    break;
                }
            }
        }
        throw new IllegalStateException("no ID number left for this area and gender");
    }

    /** @return the next free sequence number of the bucket, or 0 if it is full */
    private int nextSequence(int regionIndex, int day, boolean male) {
        int row = regionIndex * 2 + (male ? 0 : 1);
        if (issued[row] == null) {
            issued[row] = new short[days];
        }
        int count = issued[row][day];
        int capacity = male ? MALE_CAPACITY : FEMALE_CAPACITY;
        if (count >= capacity) {
            return 0;
        }
        issued[row][day] = (short) (count + 1);
        int offset = Math.floorMod(mix(salt ^ ((long) row << 32) ^ day), capacity);
        int slot = (count + offset) % capacity;
        return male ? 2 * slot + 1 : 2 * slot + 2;
    }

    private static String format(String addressCode, LocalDate birthDate, int sequence) {
        StringBuilder number = new StringBuilder(18)
                .append(addressCode)
                .append(BASIC_DATE.format(birthDate));
        if (sequence < 100) {
            number.append('0');
        }
        if (sequence < 10) {
            number.append('0');
        }
        number.append(sequence);
        return number.append(CheckCharacter.of(number)).toString();
    }

    /** SplitMix64 finaliser. */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    LocalDate latestBirth() {
        return latestBirth;
    }
}
