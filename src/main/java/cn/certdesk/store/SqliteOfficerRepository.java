package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.OfficerRepository;
import cn.certdesk.domain.officer.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Officer accounts in the {@code officer} table. Not thread-safe: the store's thread. */
public final class SqliteOfficerRepository implements OfficerRepository {

    private static final String COLUMNS =
            "id, police_number, name, roles, password_hash, failed_attempts, locked_at, active, synthetic";

    private final Connection connection;

    public SqliteOfficerRepository(Database database) {
        this.connection = database.connection();
    }

    @Override
    public Optional<Officer> findByPoliceNumber(String policeNumber) {
        return queryOne("SELECT " + COLUMNS + " FROM officer WHERE police_number = ?", policeNumber);
    }

    @Override
    public Optional<Officer> findById(UUID id) {
        return queryOne("SELECT " + COLUMNS + " FROM officer WHERE id = ?", id.toString());
    }

    @Override
    public List<Officer> findAll() {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM officer ORDER BY police_number");
                ResultSet rows = query.executeQuery()) {
            List<Officer> officers = new ArrayList<>();
            while (rows.next()) {
                officers.add(map(rows));
            }
            return officers;
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }

    @Override
    public long count() {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM officer");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }

    @Override
    public void insert(Officer officer, Instant now) {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO officer (" + COLUMNS
                + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, officer.id().toString());
            insert.setString(2, officer.policeNumber());
            insert.setString(3, officer.name());
            insert.setString(4, encodeRoles(officer.roles()));
            insert.setString(5, officer.passwordHash());
            insert.setInt(6, officer.failedAttempts());
            insert.setString(7, officer.lockedAt().map(Instant::toString).orElse(null));
            insert.setInt(8, officer.active() ? 1 : 0);
            insert.setInt(9, officer.synthetic() ? 1 : 0);
            insert.setString(10, now.toString());
            insert.setString(11, now.toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new CertDeskException("store.write.failed", e);
        }
    }

    @Override
    public void update(Officer officer, Instant now) {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE officer SET name = ?, roles = ?, password_hash = ?, failed_attempts = ?, locked_at = ?,
                    active = ?, updated_at = ? WHERE id = ?""")) {
            update.setString(1, officer.name());
            update.setString(2, encodeRoles(officer.roles()));
            update.setString(3, officer.passwordHash());
            update.setInt(4, officer.failedAttempts());
            update.setString(5, officer.lockedAt().map(Instant::toString).orElse(null));
            update.setInt(6, officer.active() ? 1 : 0);
            update.setString(7, now.toString());
            update.setString(8, officer.id().toString());
            if (update.executeUpdate() != 1) {
                throw new CertDeskException("account.not.found");
            }
        } catch (SQLException e) {
            throw new CertDeskException("store.write.failed", e);
        }
    }

    private Optional<Officer> queryOne(String sql, String parameter) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }

    private static Officer map(ResultSet rows) throws SQLException {
        String lockedAt = rows.getString("locked_at");
        return new Officer(UUID.fromString(rows.getString("id")), rows.getString("police_number"),
                rows.getString("name"), decodeRoles(rows.getString("roles")), rows.getString("password_hash"),
                rows.getInt("failed_attempts"), Optional.ofNullable(lockedAt).map(Instant::parse),
                rows.getInt("active") == 1, rows.getInt("synthetic") == 1);
    }

    private static String encodeRoles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static Set<Role> decodeRoles(String encoded) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(encoded.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
