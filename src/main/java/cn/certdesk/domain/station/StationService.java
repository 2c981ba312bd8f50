package cn.certdesk.domain.station;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Sets up and reads this desk's station. Not thread-safe: the store's thread. */
public final class StationService {

    private static final Pattern STATION_CODE = Pattern.compile("22[0-9]{10}");
    private static final Pattern DESK_CODE = Pattern.compile("[0-9]{2}");

    private final StationRepository stations;
    private final Clock clock;

    public StationService(StationRepository stations, Clock clock) {
        this.stations = stations;
        this.clock = clock;
    }

    public Optional<Station> current() {
        return stations.find();
    }

    /** First-run setup of a real (not synthetic) station; refused when the store already has one. */
    public Station setUp(String name, String stationCode, String deskCode) {
        String checkedName = TextInput.require("field.station.name", name, 60);
        String code = stationCode == null ? "" : stationCode.strip();
        if (!STATION_CODE.matcher(code).matches()) {
            throw new CertDeskException("station.code.invalid");
        }
        String desk = deskCode == null ? "" : deskCode.strip();
        if (!DESK_CODE.matcher(desk).matches()) {
            throw new CertDeskException("station.desk.code.invalid");
        }
        if (stations.find().isPresent()) {
            throw new CertDeskException("station.already.set.up");
        }
        Station station = new Station(UUID.randomUUID(), code, checkedName, code.substring(0, 6), desk, false);
        stations.insert(station, clock.instant());
        return station;
    }
}
