package cn.certdesk.domain.demo;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The population of the synthetic demo station (演示站（合成数据）): households of 长春市南关区
 * with their residents and memberships, generated from a seed.
 *
 * <p>Deterministic: the same seed, resident count and reference date give the same stream, value
 * for value (UUIDs included). {@link #households()} generates lazily, so memory stays flat for a
 * million residents; each call starts a new, independent generation.
 *
 * <p>What the stream guarantees:
 * <ul>
 *   <li>exactly {@link #residentCount()} residents, each in the {@code residents} of one household;</li>
 *   <li>unique, valid 18-character ID numbers (MOD 11-2) whose birth date and sequence parity match
 *       the resident; address codes 220102 for most, other Jilin codes (historical ones included)
 *       for people born elsewhere;</li>
 *   <li>unique 9-digit household numbers; every household not closed has exactly one current 户主;</li>
 *   <li>parents 20–40 years older than their children; deceased residents' memberships end on
 *       the day of death with reason 死亡;</li>
 *   <li>for 1,000 residents or more, at least three names with a character outside the Basic
 *       Multilingual Plane (then about one in 2,000).</li>
 * </ul>
 * Immutable and thread-safe; the streams it returns are sequential and not thread-safe.
 */
public final class SyntheticPopulation {

    public static final int DEFAULT_RESIDENT_COUNT = 20_000;
    /** The date the register is "as of" unless told otherwise: no one is born or dies after it. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 6, 30);

    private final long seed;
    private final long residentCount;
    private final LocalDate asOf;

    public SyntheticPopulation(long seed, long residentCount, LocalDate asOf) {
        if (residentCount < 0) {
            throw new IllegalArgumentException("resident count must not be negative: " + residentCount);
        }
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        if (asOf.getYear() < 2000 || asOf.getYear() > 2200) {
            throw new IllegalArgumentException("asOf out of the supported range 2000..2200: " + asOf);
        }
        this.seed = seed;
        this.residentCount = residentCount;
    }

    public SyntheticPopulation(long seed, long residentCount) {
        this(seed, residentCount, DEFAULT_AS_OF);
    }

    /** {@value #DEFAULT_RESIDENT_COUNT} residents as of {@link #DEFAULT_AS_OF}. */
    public SyntheticPopulation(long seed) {
        this(seed, DEFAULT_RESIDENT_COUNT, DEFAULT_AS_OF);
    }

    /** A new lazy, ordered, sequential stream of the households, parents' households before split-off ones. */
    public Stream<SyntheticHousehold> households() {
        Iterator<SyntheticHousehold> generator = new PopulationGenerator(seed, residentCount, asOf);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(generator, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    public long seed() {
        return seed;
    }

    public long residentCount() {
        return residentCount;
    }

    public LocalDate asOf() {
        return asOf;
    }
}
