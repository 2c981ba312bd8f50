package cn.certdesk.domain.station;

import java.time.Instant;
import java.util.Optional;

/** The one station row of this desk's store. */
public interface StationRepository {

    Optional<Station> find();

    void insert(Station station, Instant now);
}
