package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.station.Station;
import cn.certdesk.domain.station.StationRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The station row. Not thread-safe: the store's thread. */
public final class SqliteStationRepository implements StationRepository {

    private final Connection connection;

    public SqliteStationRepository(Database database) {
        this.connection = database.connection();
    }

    @Override
    public Optional<Station> find() {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, station_code, name, region_code, desk_code, synthetic FROM station");
                ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new Station(UUID.fromString(rows.getString(1)), rows.getString(2), rows.getString(3),
                    rows.getString(4), rows.getString(5), rows.getInt(6) == 1));
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }

    @Override
    public void insert(Station station, Instant now) {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO station (id, station_code, name, region_code, desk_code, synthetic, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, station.id().toString());
            insert.setString(2, station.stationCode());
            insert.setString(3, station.name());
            insert.setString(4, station.regionCode());
            insert.setString(5, station.deskCode());
            insert.setInt(6, station.synthetic() ? 1 : 0);
            insert.setString(7, now.toString());
            insert.setString(8, now.toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new CertDeskException("store.write.failed", e);
        }
    }
}
