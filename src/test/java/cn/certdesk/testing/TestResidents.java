package cn.certdesk.testing;

import cn.certdesk.domain.idnumber.CheckCharacter;
import cn.certdesk.store.Database;
import cn.certdesk.store.population.PinyinBackfill;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Known residents for tests, added to a (demo) store with plain SQL: one household whose head is
 * 张三 ({@code zs}, {@code zhangsan}), his wife 王𠀋明 and his brother 李𪚥 — the last two with name
 * characters outside the Basic Multilingual Plane (CJK Extension B, U+2000B and U+2A6A5). Also ID
 * numbers that are valid but not in the register, one with an address code missing from the table.
 * Not synthetic-looking on purpose: these names are what the tests type and look for.
 */
public final class TestResidents {

    /** A known resident. */
    public record Known(String name, String idNumber, String gender, String birthDate, String relation) {
        public String masked() {
            return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        }
    }

    /** 张三, head of the household; pinyin initials {@code zs}, full {@code zhangsan}. */
    public static final Known ZHANG_SAN = new Known("张三", number("22010219850615991"), "M", "1985-06-15", "户主");
    /** 王𠀋明 (U+2000B), wife. */
    public static final Known WANG_EXT_B = new Known("王\uD840\uDC0B明", number("22010219900307992"), "F",
            "1990-03-07", "配偶");
    /** 李𪚥 (U+2A6A5), the head's elder brother. */
    public static final Known LI_EXT_B = new Known("李\uD869\uDEA5", number("22010219781102993"), "M", "1978-11-02",
            "兄");

    /** Valid, not in the register, address code 110105 (北京市朝阳区) known. */
    public static final String NOT_IN_REGISTER = number("11010519491231002");
    /** Valid, not in the register, address code 229999 missing from the division table. */
    public static final String UNKNOWN_ADDRESS_CODE = number("22999919800101001");
    /** A second valid number not in the register (male), for agents. */
    public static final String AGENT_NOT_IN_REGISTER = number("22010419700808995");

    public static final String HOUSEHOLD_NUMBER = "T220102999";
    public static final String ADDRESS = "吉林省长春市南关区自强街测试胡同1号";

    private static final String NOW = "2025-07-01T08:00:00.000Z";

    private TestResidents() {
    }

    /** The 17 digits and their MOD 11-2 check character. */
    public static String number(String first17) {
        return first17 + CheckCharacter.of(first17);
    }

    /** Adds the household and its three residents, then their pinyin search keys. Store thread. */
    public static void addTo(Database database) {
        Connection connection = database.connection();
        try {
            UUID household = UUID.randomUUID();
            try (PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO household (id, household_number, household_type, address, region_code, split_from_id,
                                           synthetic, created_at, updated_at)
                    VALUES (?, ?, '家庭户', ?, '220102', NULL, 1, ?, ?)""")) {
                statement.setString(1, household.toString());
                statement.setString(2, HOUSEHOLD_NUMBER);
                statement.setString(3, ADDRESS);
                statement.setString(4, NOW);
                statement.setString(5, NOW);
                statement.executeUpdate();
            }
            for (Known known : new Known[] {ZHANG_SAN, WANG_EXT_B, LI_EXT_B}) {
                UUID resident = UUID.randomUUID();
                try (PreparedStatement statement = connection.prepareStatement("""
                        INSERT INTO resident (id, id_number, name, former_names, gender, ethnicity, birth_date,
                                              birth_place, deceased_on, synthetic, created_at, updated_at)
                        VALUES (?, ?, ?, '', ?, '汉族', ?, '吉林省长春市', NULL, 1, ?, ?)""")) {
                    statement.setString(1, resident.toString());
                    statement.setString(2, known.idNumber());
                    statement.setString(3, known.name());
                    statement.setString(4, known.gender());
                    statement.setString(5, known.birthDate());
                    statement.setString(6, NOW);
                    statement.setString(7, NOW);
                    statement.executeUpdate();
                }
                try (PreparedStatement statement = connection.prepareStatement("""
                        INSERT INTO household_member (id, household_id, resident_id, relation, joined_on, left_on,
                                                      left_reason, synthetic, created_at, updated_at)
                        VALUES (?, ?, ?, ?, '2010-01-01', NULL, NULL, 1, ?, ?)""")) {
                    statement.setString(1, UUID.randomUUID().toString());
                    statement.setString(2, household.toString());
                    statement.setString(3, resident.toString());
                    statement.setString(4, known.relation());
                    statement.setString(5, NOW);
                    statement.setString(6, NOW);
                    statement.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not add the test residents", e);
        }
        new PinyinBackfill(database).run();
    }
}
