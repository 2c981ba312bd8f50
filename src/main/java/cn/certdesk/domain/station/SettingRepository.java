package cn.certdesk.domain.station;

import java.time.Instant;
import java.util.Optional;

/** Desk settings as keys and text values. */
public interface SettingRepository {

    Optional<String> get(String key);

    void put(String key, String value, Instant now);
}
