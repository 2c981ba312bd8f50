package cn.certdesk.store.population;

import cn.certdesk.domain.idnumber.CheckCharacter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** Inserts households, residents and memberships with plain SQL, as a test writes them by hand. */
final class HandBuiltRegister {

    private static final String NOW = "2025-07-01T08:00:00.000Z";

    private final Connection connection;
    private int sequence = 100;

    HandBuiltRegister(Connection connection) {
        this.connection = connection;
    }

    UUID household(String number, String address, UUID splitFrom) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO household (id, household_number, household_type, address, region_code, split_from_id,
                                       synthetic, created_at, updated_at)
                VALUES (?, ?, '家庭户', ?, '220102', ?, 1, ?, ?)""")) {
            statement.setString(1, id.toString());
            statement.setString(2, number);
            statement.setString(3, address);
            statement.setString(4, splitFrom == null ? null : splitFrom.toString());
            statement.setString(5, NOW);
            statement.setString(6, NOW);
            statement.executeUpdate();
        }
        return id;
    }

    /** A resident without pinyin (as a store migrated from V002 holds them) and a valid ID number. */
    UUID resident(String name, String gender, String birthDate, String deceasedOn, String formerNames)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO resident (id, id_number, name, former_names, gender, ethnicity, birth_date, birth_place,
                                      deceased_on, synthetic, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, '汉族', ?, '吉林省长春市', ?, 1, ?, ?)""")) {
            statement.setString(1, id.toString());
            statement.setString(2, idNumber(gender, birthDate));
            statement.setString(3, name);
            statement.setString(4, formerNames);
            statement.setString(5, gender);
            statement.setString(6, birthDate);
            statement.setString(7, deceasedOn);
            statement.setString(8, NOW);
            statement.setString(9, NOW);
            statement.executeUpdate();
        }
        return id;
    }

    void member(UUID household, UUID resident, String relation, String joinedOn, String leftOn, String leftReason)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO household_member (id, household_id, resident_id, relation, joined_on, left_on, left_reason,
                                              synthetic, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""")) {
            statement.setString(1, UUID.randomUUID().toString());
            statement.setString(2, household.toString());
            statement.setString(3, resident.toString());
            statement.setString(4, relation);
            statement.setString(5, joinedOn);
            statement.setString(6, leftOn);
            statement.setString(7, leftReason);
            statement.setString(8, NOW);
            statement.setString(9, NOW);
            statement.executeUpdate();
        }
    }

    /** 220104 (朝阳区) + birth date + a sequence of the right parity + check character. */
    private String idNumber(String gender, String birthDate) {
        sequence += 1;
        int code = sequence * 2 + ("M".equals(gender) ? 1 : 0);
        String first17 = "220104" + birthDate.replace("-", "") + String.format("%03d", code % 1000);
        return first17 + CheckCharacter.of(first17);
    }
}
