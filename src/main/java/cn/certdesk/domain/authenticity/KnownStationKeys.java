package cn.certdesk.domain.authenticity;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The station public keys this desk knows: station code → one or more keys (more than one
 * while a station rotates its key: certificates signed with the old key stay verifiable).
 * Immutable; build with {@link #builder()}.
 */
public final class KnownStationKeys {

    private final Map<String, List<PublicKey>> keys;

    private KnownStationKeys(Map<String, List<PublicKey>> keys) {
        this.keys = keys;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The keys known for {@code stationCode}, oldest first; empty when the station is unknown. */
    public List<PublicKey> keysOf(String stationCode) {
        return keys.getOrDefault(stationCode, List.of());
    }

    /** The station codes with at least one key, sorted. */
    public java.util.Set<String> stations() {
        return keys.keySet();
    }

    /** The number of keys over all stations. */
    public int size() {
        return keys.values().stream().mapToInt(List::size).sum();
    }

    /** Collects keys; not thread-safe. */
    public static final class Builder {
        private final Map<String, List<PublicKey>> keys = new TreeMap<>();

        private Builder() {
        }

        /** Adds a key for a station; adding the same key twice keeps one. */
        public Builder add(String stationCode, PublicKey key) {
            Objects.requireNonNull(stationCode, "stationCode");
            Objects.requireNonNull(key, "key");
            List<PublicKey> list = keys.computeIfAbsent(stationCode, code -> new ArrayList<>());
            if (list.stream().noneMatch(known -> java.util.Arrays.equals(known.getEncoded(), key.getEncoded()))) {
                list.add(key);
            }
            return this;
        }

        public KnownStationKeys build() {
            Map<String, List<PublicKey>> copy = new TreeMap<>();
            keys.forEach((station, list) -> copy.put(station, List.copyOf(list)));
            return new KnownStationKeys(Collections.unmodifiableMap(copy));
        }
    }
}
