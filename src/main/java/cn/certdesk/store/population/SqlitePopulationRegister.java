package cn.certdesk.store.population;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.idnumber.AddressCodeTable;
import cn.certdesk.domain.idnumber.Gender;
import cn.certdesk.domain.idnumber.IdNumberCheck;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.idnumber.ResidentIdNumber;
import cn.certdesk.domain.population.HouseholdView;
import cn.certdesk.domain.population.Kinship;
import cn.certdesk.domain.population.Membership;
import cn.certdesk.domain.population.PopulationRegister;
import cn.certdesk.domain.population.Relative;
import cn.certdesk.domain.population.ResidentRecord;
import cn.certdesk.domain.population.ResidentSummary;
import cn.certdesk.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The population register in the local SQLite store (tables {@code resident}, {@code household},
 * {@code household_member}, search keys in {@code resident_pinyin}, V003).
 *
 * <p>Search reads each candidate query lazily and stops as soon as {@code limit} residents are
 * found, so every query walks an index in the order it returns rows: names in name order, pinyin
 * in key order, ID numbers in number order. Exact-match groups are sorted by name (they are small).
 *
 * <p>Never logs; exceptions carry no personal data. Not thread-safe: the store's thread.
 */
public final class SqlitePopulationRegister implements PopulationRegister {

    static final String NOT_FOUND = "population.resident.not.found";

    private static final String SUMMARY_COLUMNS =
            "r.id, r.id_number, r.name, r.gender, r.birth_date, r.deceased_on";
    private static final String LIVING = " AND r.deceased_on IS NULL";
    private static final String DECEASED = " AND r.deceased_on IS NOT NULL";
    /** Sorts after any character a name can continue with (binary collation compares UTF-8 bytes). */
    private static final String AFTER_ANY_CHARACTER = new String(Character.toChars(Character.MAX_CODE_POINT));
    private static final Pattern ID_PREFIX = Pattern.compile("[0-9]{6,17}");
    private static final Pattern ID_FULL = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    private static final String HEAD = "户主";

    private final Database database;
    private final IdNumberValidator validator;

    /** Uses the bundled address code table and the system clock to recognize ID numbers. */
    public SqlitePopulationRegister(Database database) {
        this(database, new IdNumberValidator(AddressCodeTable.loadBundled(), Clock.systemDefaultZone()));
    }

    public SqlitePopulationRegister(Database database, IdNumberValidator validator) {
        this.database = Objects.requireNonNull(database, "database");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** One SQL source of candidates; {@code %s} takes the living or deceased condition. */
    /** @param inKeyOrder read in the pinyin table's key order; collect() puts the rows in name order */
    private record Source(String sql, List<String> parameters, boolean inKeyOrder) {
        Source(String sql, String... parameters) {
            this(sql, Arrays.asList(parameters), false);
        }

        static Source inKeyOrder(String sql, String... parameters) {
            return new Source(sql, Arrays.asList(parameters), true);
        }
    }

    // ---------------------------------------------------------------- search

    @Override
    public List<ResidentSummary> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit <= 0) {
            return List.of();
        }
        String compact = query.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (compact.isEmpty()) {
            return List.of();
        }
        List<List<Source>> groups = groupsFor(compact);
        Map<UUID, Row> found = new LinkedHashMap<>();
        try {
            for (List<Source> group : groups) {
                for (String condition : List.of(LIVING, DECEASED)) {
                    for (Source source : group) {
                        collect(source, condition, found, limit);
                        if (found.size() == limit) {
                            return summaries(found.values());
                        }
                    }
                }
            }
            return summaries(found.values());
        } catch (SQLException e) {
            throw new CertDeskException("population.search.failed", e);
        }
    }

    private List<List<Source>> groupsFor(String compact) {
        String upper = compact.toUpperCase(Locale.ROOT);
        if (compact.length() == ResidentIdNumber.LENGTH) {
            IdNumberCheck check = validator.validate(compact);
            String number = check instanceof IdNumberCheck.Valid valid ? valid.number().value()
                    : ID_FULL.matcher(upper).matches() ? upper : null;
            return number == null ? List.of() : List.of(List.of(new Source(
                    "SELECT " + SUMMARY_COLUMNS + " FROM resident r WHERE r.id_number = ?%s", number)));
        }
        if (ID_PREFIX.matcher(compact).matches()) {
            return List.of(List.of(new Source("SELECT " + SUMMARY_COLUMNS
                    + " FROM resident r WHERE r.id_number > ? AND r.id_number < ?%s ORDER BY r.id_number",
                    compact, compact + "~")));
        }
        if (compact.codePoints().allMatch(SqlitePopulationRegister::isNameCharacter)) {
            return List.of(
                    List.of(new Source("SELECT " + SUMMARY_COLUMNS
                            + " FROM resident r WHERE r.name = ?%s ORDER BY r.id_number", compact)),
                    List.of(new Source("SELECT " + SUMMARY_COLUMNS
                            + " FROM resident r WHERE r.name > ? AND r.name < ?%s ORDER BY r.name",
                            compact, compact + AFTER_ANY_CHARACTER)),
                    List.of(new Source("SELECT " + SUMMARY_COLUMNS
                            + " FROM resident r INDEXED BY resident_former_names WHERE r.former_names <> ''"
                            + " AND instr('|' || r.former_names, '|' || ?) > 0%s ORDER BY r.name", compact)));
        }
        String letters = compact.toLowerCase(Locale.ROOT);
        if (LETTERS.matcher(letters).matches()) {
            // In the primary key's order, so SQLite stops after the first `limit` rows instead of sorting
            // every resident with these initials by name (7,146 for "ly" among a million: docs/benchmarks.md,
            // "Lookup over 1,000,000 residents"); collect() puts each source's rows in name order.
            String exact = "SELECT " + SUMMARY_COLUMNS + " FROM resident_pinyin p JOIN resident r ON r.id = p.resident_id"
                    + " WHERE p.kind = ? AND p.key = ?%s ORDER BY p.kind, p.key, p.resident_id";
            String prefix = "SELECT " + SUMMARY_COLUMNS + " FROM resident_pinyin p JOIN resident r ON r.id = p.resident_id"
                    + " WHERE p.kind = ? AND p.key > ? AND p.key < ?%s ORDER BY p.kind, p.key, p.resident_id";
            return List.of(
                    List.of(Source.inKeyOrder(exact, "i", letters), Source.inKeyOrder(exact, "f", letters)),
                    List.of(Source.inKeyOrder(prefix, "i", letters, letters + "{"),
                            Source.inKeyOrder(prefix, "f", letters, letters + "{")));
        }
        return List.of();
    }

    private static boolean isNameCharacter(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || codePoint == '·' || codePoint == '•' || codePoint == '・';
    }

    private record Row(UUID id, String idNumber, String name, Gender gender, LocalDate birthDate, boolean deceased) {
        @Override
        public String toString() {
            return "Row[id=" + id + "]";
        }
    }

    private void collect(Source source, String condition, Map<UUID, Row> found, int limit) throws SQLException {
        List<Row> rowsOfSource = new java.util.ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement(source.sql().formatted(condition))) {
            for (int index = 0; index < source.parameters().size(); index++) {
                statement.setString(index + 1, source.parameters().get(index));
            }
            try (ResultSet rows = statement.executeQuery()) {
                int room = limit - found.size();
                while (rowsOfSource.size() < room && rows.next()) {
                    Row row = row(rows);
                    if (!found.containsKey(row.id())) {
                        rowsOfSource.add(row);
                    }
                }
            }
        }
        // by name as SQLite's binary collation orders UTF-8 (code point order), whatever order the rows came in
        if (source.inKeyOrder()) {
            rowsOfSource.sort(java.util.Comparator.comparing(Row::name, SqlitePopulationRegister::compareCodePoints));
        }
        rowsOfSource.forEach(row -> found.putIfAbsent(row.id(), row));
    }

    private static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    private static Row row(ResultSet rows) throws SQLException {
        return new Row(UUID.fromString(rows.getString("id")), rows.getString("id_number"), rows.getString("name"),
                gender(rows.getString("gender")), LocalDate.parse(rows.getString("birth_date")),
                rows.getString("deceased_on") != null);
    }

    private List<ResidentSummary> summaries(Iterable<Row> rows) throws SQLException {
        List<ResidentSummary> summaries = new ArrayList<>();
        try (PreparedStatement address = connection().prepareStatement("""
                SELECT h.address FROM household_member m JOIN household h ON h.id = m.household_id
                WHERE m.resident_id = ? AND m.left_on IS NULL ORDER BY m.joined_on DESC LIMIT 1""")) {
            for (Row row : rows) {
                address.setString(1, row.id().toString());
                Optional<String> current;
                try (ResultSet result = address.executeQuery()) {
                    current = result.next() ? Optional.of(result.getString(1)) : Optional.empty();
                }
                summaries.add(new ResidentSummary(row.id(), row.name(), mask(row.idNumber()), row.gender(),
                        row.birthDate(), row.deceased(), current));
            }
        }
        return summaries;
    }

    /** The 220102********1234 form; a malformed stored number is masked the same way by position. */
    static String mask(String idNumber) {
        try {
            return new ResidentIdNumber(idNumber).masked();
        } catch (IllegalArgumentException malformed) {
            if (idNumber.length() <= 10) {
                return "*".repeat(idNumber.length());
            }
            return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10)
                    + idNumber.substring(idNumber.length() - 4);
        }
    }

    // ---------------------------------------------------------------- records

    @Override
    public Optional<ResidentRecord> byIdNumber(String normalized18) {
        Objects.requireNonNull(normalized18, "normalized18");
        return findRecord("id_number", normalized18);
    }

    @Override
    public ResidentRecord get(UUID id) {
        Objects.requireNonNull(id, "id");
        return findRecord("id", id.toString()).orElseThrow(() -> new CertDeskException(NOT_FOUND));
    }

    private Optional<ResidentRecord> findRecord(String column, String value) {
        try (PreparedStatement statement = connection().prepareStatement(
                "SELECT * FROM resident WHERE " + column + " = ?")) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                UUID id = UUID.fromString(rows.getString("id"));
                String formerNames = rows.getString("former_names");
                ResidentRecord record = new ResidentRecord(id, rows.getString("id_number"), rows.getString("name"),
                        formerNames.isEmpty() ? List.of() : List.of(formerNames.split("\\|")),
                        gender(rows.getString("gender")), rows.getString("ethnicity"),
                        LocalDate.parse(rows.getString("birth_date")), rows.getString("birth_place"),
                        date(rows.getString("deceased_on")), rows.getInt("synthetic") == 1, memberships(id));
                return Optional.of(record);
            }
        } catch (SQLException e) {
            throw new CertDeskException("population.read.failed", e);
        }
    }

    private List<Membership> memberships(UUID residentId) throws SQLException {
        List<Membership> memberships = new ArrayList<>();
        try (PreparedStatement statement = connection().prepareStatement("""
                SELECT m.household_id, h.household_number, h.household_type, h.address, m.relation,
                       m.joined_on, m.left_on, m.left_reason
                FROM household_member m JOIN household h ON h.id = m.household_id
                WHERE m.resident_id = ?
                ORDER BY m.left_on IS NOT NULL, coalesce(m.left_on, m.joined_on) DESC""")) {
            statement.setString(1, residentId.toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    memberships.add(new Membership(UUID.fromString(rows.getString("household_id")),
                            rows.getString("household_number"), rows.getString("household_type"),
                            rows.getString("address"), rows.getString("relation"),
                            LocalDate.parse(rows.getString("joined_on")), date(rows.getString("left_on")),
                            Optional.ofNullable(rows.getString("left_reason"))));
                }
            }
        }
        return memberships;
    }

    // ---------------------------------------------------------------- households

    @Override
    public List<HouseholdView> householdsOf(UUID residentId) {
        ResidentRecord resident = get(residentId);
        Set<UUID> householdIds = new LinkedHashSet<>();
        resident.memberships().forEach(membership -> householdIds.add(membership.householdId()));
        try {
            List<HouseholdView> households = new ArrayList<>();
            for (UUID householdId : householdIds) {
                households.add(household(householdId));
            }
            return households;
        } catch (SQLException e) {
            throw new CertDeskException("population.read.failed", e);
        }
    }

    private HouseholdView household(UUID householdId) throws SQLException {
        Connection connection = connection();
        List<HouseholdView.Member> members = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String[]> memberships = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                + ", m.relation, m.joined_on, m.left_on, m.left_reason"
                + " FROM household_member m JOIN resident r ON r.id = m.resident_id WHERE m.household_id = ?"
                + " ORDER BY m.left_on IS NOT NULL, m.relation <> '" + HEAD + "', m.joined_on, r.birth_date")) {
            statement.setString(1, householdId.toString());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(row(result));
                    memberships.add(new String[] {result.getString("relation"), result.getString("joined_on"),
                            result.getString("left_on"), result.getString("left_reason")});
                }
            }
        }
        List<ResidentSummary> people = summaries(rows);
        for (int index = 0; index < people.size(); index++) {
            String[] membership = memberships.get(index);
            members.add(new HouseholdView.Member(people.get(index), membership[0], LocalDate.parse(membership[1]),
                    date(membership[2]), Optional.ofNullable(membership[3])));
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT household_number, household_type, address, split_from_id, closed_on FROM household WHERE id = ?")) {
            statement.setString(1, householdId.toString());
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    throw new CertDeskException("population.household.not.found");
                }
                return new HouseholdView(householdId, result.getString("household_number"),
                        result.getString("household_type"), result.getString("address"),
                        Optional.ofNullable(result.getString("split_from_id")).map(UUID::fromString),
                        date(result.getString("closed_on")), members);
            }
        }
    }

    // ---------------------------------------------------------------- relatives

    @Override
    public List<Relative> relativesOf(UUID residentId) {
        List<Relative> relatives = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        seen.add(residentId);
        for (HouseholdView household : householdsOf(residentId)) {
            HouseholdView.Member self = household.memberOf(residentId).orElseThrow();
            Optional<Gender> headGender = household.members().stream()
                    .filter(member -> HEAD.equals(member.relationToHead()))
                    .max(Comparator.comparing((HouseholdView.Member member) -> member.current())
                            .thenComparing(HouseholdView.Member::joinedOn))
                    .map(member -> member.person().gender());
            for (HouseholdView.Member member : household.members()) {
                UUID otherId = member.person().id();
                if (seen.contains(otherId) || !household.memberOf(otherId).orElseThrow().equals(member)) {
                    continue; // the resident, someone already listed, or an earlier stay of the same person
                }
                Optional<String> relation = Kinship.between(party(self), party(member), headGender);
                if (relation.isPresent()) {
                    seen.add(otherId);
                    boolean former = !self.current() || !member.current() || household.closedOn().isPresent();
                    relatives.add(new Relative(member.person(), relation.get(), household, former));
                }
            }
        }
        relatives.sort(Comparator.comparing(Relative::formerHousehold)); // stable: current households first
        return List.copyOf(relatives);
    }

    private static Kinship.Party party(HouseholdView.Member member) {
        return new Kinship.Party(member.relationToHead(), member.person().gender(), member.person().birthDate());
    }

    // ---------------------------------------------------------------- helpers

    private Connection connection() {
        return database.connection();
    }

    private static Gender gender(String code) {
        return switch (code) {
            case "M" -> Gender.MALE;
            case "F" -> Gender.FEMALE;
            default -> throw new CertDeskException("population.gender.unknown", code);
        };
    }

    private static Optional<LocalDate> date(String text) {
        return Optional.ofNullable(text).map(LocalDate::parse);
    }
}
