package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.certificate.CertificateNumber;
import cn.certdesk.domain.certificate.CertificateNumberSequence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;

/** Gap-free sequences in {@code certificate_number_sequence}. Not thread-safe: the store's thread. */
public final class SqliteCertificateNumberSequence implements CertificateNumberSequence {

    private final Connection connection;
    private final Clock clock;

    public SqliteCertificateNumberSequence(Database database, Clock clock) {
        this.connection = database.connection();
        this.clock = clock;
    }

    @Override
    public CertificateNumber next(String stationCode, String deskCode, int year) {
        String now = clock.instant().toString();
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO certificate_number_sequence (id, station_code, desk_code, year, last_sequence, created_at,
                    updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)
                ON CONFLICT (station_code, desk_code, year)
                DO UPDATE SET last_sequence = last_sequence + 1, updated_at = excluded.updated_at
                RETURNING last_sequence""")) {
            upsert.setString(1, UUID.randomUUID().toString());
            upsert.setString(2, stationCode);
            upsert.setString(3, deskCode);
            upsert.setInt(4, year);
            upsert.setString(5, now);
            upsert.setString(6, now);
            try (ResultSet rows = upsert.executeQuery()) {
                rows.next();
                return new CertificateNumber(stationCode, deskCode, year, rows.getInt(1));
            }
        } catch (SQLException e) {
            throw new CertDeskException("store.write.failed", e);
        }
    }
}
