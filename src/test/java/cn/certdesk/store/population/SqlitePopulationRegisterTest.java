package cn.certdesk.store.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.demo.SyntheticPopulation;
import cn.certdesk.domain.population.HouseholdView;
import cn.certdesk.domain.population.NamePinyin;
import cn.certdesk.domain.population.Relative;
import cn.certdesk.domain.population.ResidentRecord;
import cn.certdesk.domain.population.ResidentSummary;
import cn.certdesk.store.Database;
import cn.certdesk.store.demo.SyntheticStationWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlitePopulationRegisterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;
    private Database database;
    private Connection connection;
    private SqlitePopulationRegister register;
    private HandBuiltRegister hand;

    @BeforeEach
    void openStore() {
        database = Database.open(directory.resolve("population.db"));
        connection = database.connection();
        register = new SqlitePopulationRegister(database);
        hand = new HandBuiltRegister(connection);
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    private void writeSyntheticPopulation() {
        new SyntheticStationWriter(connection, CLOCK).write(new SyntheticPopulation(42L, 2_000), written -> { });
    }

    // ------------------------------------------------------------ search by ID number

    @Test
    void aFullIdNumberFindsExactlyThatResident() throws SQLException {
        writeSyntheticPopulation();
        String[] someone = firstRow("SELECT id, id_number FROM resident ORDER BY id LIMIT 1 OFFSET 500");

        List<ResidentSummary> found = register.search(someone[1], 20);

        assertThat(found).extracting(ResidentSummary::id).containsExactly(UUID.fromString(someone[0]));
    }

    @Test
    void aFullIdNumberWithLowerCaseXAndSpacesIsFound() throws SQLException {
        writeSyntheticPopulation();
        String[] someone = firstRow("SELECT id, id_number FROM resident WHERE id_number LIKE '%X' LIMIT 1");
        String typed = " " + someone[1].substring(0, 6) + " " + someone[1].substring(6).toLowerCase() + " ";

        List<ResidentSummary> found = register.search(typed, 20);

        assertThat(found).extracting(ResidentSummary::id).containsExactly(UUID.fromString(someone[0]));
    }

    @Test
    void anIdNumberPrefixFindsResidentsWhoseNumberStartsWithIt() throws SQLException {
        writeSyntheticPopulation();
        String[] someone = firstRow("SELECT id, id_number FROM resident ORDER BY id LIMIT 1 OFFSET 100");
        String prefix = someone[1].substring(0, 12);

        List<ResidentSummary> found = register.search(prefix, 50);

        List<String> matching = column("SELECT id FROM resident WHERE id_number LIKE '" + prefix + "%'");
        assertThat(found).isNotEmpty().extracting(summary -> summary.id().toString())
                .contains(someone[0]).isSubsetOf(matching);
    }

    @Test
    void listsCarryMaskedIdNumbersOnlyNeverTheFullNumber() throws SQLException {
        writeSyntheticPopulation();
        String[] someone = firstRow("SELECT id, id_number FROM resident ORDER BY id LIMIT 1 OFFSET 7");

        ResidentSummary summary = register.search(someone[1], 1).get(0);

        assertThat(summary.maskedIdNumber()).isEqualTo(someone[1].substring(0, 6) + "********" + someone[1].substring(14));
        for (RecordComponent component : ResidentSummary.class.getRecordComponents()) {
            Object value = invoke(component, summary);
            assertThat(String.valueOf(value)).doesNotContain(someone[1]).doesNotContain(someone[1].substring(6, 14));
        }
        assertThat(summary.toString()).doesNotContain(summary.name());
    }

    // ------------------------------------------------------------ search by name

    @Test
    void aNameFindsThatNameBeforeLongerNamesStartingWithIt() throws SQLException {
        writeSyntheticPopulation();
        UUID shortName = hand.resident("欧阳", "M", "1980-01-01", null, "");
        UUID longName = hand.resident("欧阳娜娜", "F", "1985-01-01", null, "");

        List<ResidentSummary> found = register.search("欧阳", 10);

        assertThat(found).extracting(ResidentSummary::id).startsWith(shortName).contains(longName);
        assertThat(found).allSatisfy(summary -> assertThat(summary.name()).startsWith("欧阳"));
    }

    @Test
    void aNameWithACharacterOutsideTheBasicMultilingualPlaneIsFound() throws SQLException {
        writeSyntheticPopulation();
        String rareName = column("SELECT name FROM resident").stream()
                .filter(name -> name.codePoints().anyMatch(codePoint -> codePoint > 0xFFFF))
                .findFirst().orElseThrow();

        List<ResidentSummary> found = register.search(rareName, 10);

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).name()).isEqualTo(rareName);
    }

    @Test
    void aFormerNameFindsTheResident() throws SQLException {
        writeSyntheticPopulation();
        UUID renamed = hand.resident("张三", "M", "1970-05-05", null, "张叁|张山");

        List<ResidentSummary> found = register.search("张山", 10);

        assertThat(found).extracting(ResidentSummary::id).contains(renamed);
    }

    @Test
    void aDeceasedResidentIsMarkedAndListedAfterTheLiving() throws SQLException {
        UUID living = hand.resident("周建华", "M", "1960-01-01", null, "");
        UUID deceased = hand.resident("周建华", "M", "1930-01-01", "2010-02-02", "");

        List<ResidentSummary> found = register.search("周建华", 10);

        assertThat(found).extracting(ResidentSummary::id).containsExactly(living, deceased);
        assertThat(found).extracting(ResidentSummary::deceased).containsExactly(false, true);
    }

    // ------------------------------------------------------------ search by pinyin

    @Test
    void pinyinInitialsFindEveryNameWithThoseInitials() throws SQLException {
        writeSyntheticPopulation();
        UUID zhangSan = hand.resident("张三", "M", "1970-05-05", null, "");
        UUID zhangShun = hand.resident("张顺", "M", "1972-05-05", null, "");
        new PinyinBackfill(database).run();

        List<ResidentSummary> found = register.search("zs", 500);

        assertThat(found).extracting(ResidentSummary::id).contains(zhangSan, zhangShun);
        assertThat(found).allSatisfy(summary -> assertThat(NamePinyin.of(summary.name()).initials())
                .anyMatch(initials -> initials.startsWith("zs")));
    }

    @Test
    void moreMatchesThanTheListHoldsStillComeInNameOrderWithTheLivingFirst() throws SQLException {
        hand.resident("张顺", "M", "1972-05-05", null, "");
        hand.resident("赵森", "M", "1980-01-01", null, "");
        hand.resident("周三", "F", "1990-02-02", "2020-01-01", ""); // deceased: after the living
        hand.resident("张三", "M", "1970-05-05", null, "");
        hand.resident("朱生", "M", "1985-03-03", null, "");
        new PinyinBackfill(database).run();

        List<ResidentSummary> four = register.search("zs", 4);
        assertThat(four).hasSize(4).allSatisfy(summary -> assertThat(summary.deceased()).isFalse());
        assertThat(four).extracting(ResidentSummary::name).isSortedAccordingTo(
                (a, b) -> java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
        List<ResidentSummary> all = register.search("zs", 50);
        assertThat(all).extracting(ResidentSummary::name).containsExactly("张三", "张顺", "朱生", "赵森", "周三");
    }

    @Test
    void fullPinyinFindsTheNameIgnoringCaseAndSpaces() throws SQLException {
        writeSyntheticPopulation();
        UUID zhangSan = hand.resident("张三", "M", "1970-05-05", null, "");
        new PinyinBackfill(database).run();

        List<ResidentSummary> found = register.search("Zhang San", 50);

        assertThat(found).extracting(ResidentSummary::id).contains(zhangSan);
        assertThat(found).allSatisfy(summary -> assertThat(NamePinyin.of(summary.name()).full())
                .anyMatch(full -> full.startsWith("zhangsan")));
    }

    @Test
    void everyReadingOfAPolyphonicNameFindsIt() throws SQLException {
        UUID shan = hand.resident("单田芳", "M", "1934-12-17", null, "");
        new PinyinBackfill(database).run();

        assertThat(register.search("stf", 10)).extracting(ResidentSummary::id).containsExactly(shan);
        assertThat(register.search("dtf", 10)).extracting(ResidentSummary::id).containsExactly(shan);
        assertThat(register.search("dantian", 10)).extracting(ResidentSummary::id).containsExactly(shan);
    }

    @Test
    void theSyntheticWriterFillsThePinyinOfEveryResident() throws SQLException {
        writeSyntheticPopulation();

        assertThat(column("SELECT id FROM resident WHERE pinyin_initials = ''")).isEmpty();
        assertThat(new PinyinBackfill(database).run()).isZero();
        String[] someone = firstRow("SELECT id, name FROM resident WHERE length(name) = 2 LIMIT 1");
        String initials = NamePinyin.of(someone[1]).initials().get(0);
        assertThat(register.search(initials, 2_000)).extracting(summary -> summary.id().toString())
                .contains(someone[0]);
    }

    @Test
    void neverMoreThanTheLimit() throws SQLException {
        writeSyntheticPopulation();

        assertThat(register.search("z", 7)).hasSize(7);
        assertThat(register.search("220102", 3)).hasSize(3);
        assertThat(register.search(firstRow("SELECT substr(name, 1, 1) FROM resident LIMIT 1")[0], 4)).hasSize(4);
        assertThat(register.search("zs", 0)).isEmpty();
    }

    @Test
    void textThatIsNeitherNameNorNumberNorPinyinFindsNothing() {
        assertThat(register.search("12ab", 10)).isEmpty();
        assertThat(register.search("   ", 10)).isEmpty();
        assertThat(register.search("12345", 10)).isEmpty();
    }

    // ------------------------------------------------------------ records and households

    /** Head 王建国, spouse, son 王志强 who split into his own household, daughter, deceased father. */
    private record Family(UUID parentsHousehold, UUID sonsHousehold, UUID head, UUID spouse, UUID son,
            UUID daughter, UUID grandfather, UUID daughterInLaw, UUID grandson) {
    }

    private Family handBuiltFamily() throws SQLException {
        UUID parents = hand.household("100000001", "长春市南关区自强街道1号", null);
        UUID head = hand.resident("王建国", "M", "1950-03-01", null, "");
        UUID spouse = hand.resident("李秀英", "F", "1952-04-01", null, "");
        UUID son = hand.resident("王志强", "M", "1975-05-01", null, "王强");
        UUID daughter = hand.resident("王丽", "F", "1978-06-01", null, "");
        UUID grandfather = hand.resident("王德福", "M", "1925-07-01", "2001-08-01", "");
        hand.member(parents, head, "户主", "1975-01-01", null, null);
        hand.member(parents, spouse, "配偶", "1975-01-01", null, null);
        hand.member(parents, son, "子", "1975-05-01", "2005-09-01", "分户");
        hand.member(parents, daughter, "女", "1978-06-01", null, null);
        hand.member(parents, grandfather, "父", "1975-01-01", "2001-08-01", "死亡");
        UUID sons = hand.household("100000002", "长春市南关区自强街道2号", parents);
        UUID daughterInLaw = hand.resident("赵敏", "F", "1977-02-01", null, "");
        UUID grandson = hand.resident("王小明", "M", "2006-03-01", null, "");
        hand.member(sons, son, "户主", "2005-09-01", null, null);
        hand.member(sons, daughterInLaw, "配偶", "2005-10-01", null, null);
        hand.member(sons, grandson, "子", "2006-03-01", null, null);
        return new Family(parents, sons, head, spouse, son, daughter, grandfather, daughterInLaw, grandson);
    }

    @Test
    void aRecordCarriesTheFullEntryWithCurrentMembershipFirst() throws SQLException {
        Family family = handBuiltFamily();

        ResidentRecord son = register.get(family.son());

        assertThat(son.name()).isEqualTo("王志强");
        assertThat(son.idNumber()).hasSize(18);
        assertThat(son.formerNames()).containsExactly("王强");
        assertThat(son.memberships()).extracting(membership -> membership.householdId())
                .containsExactly(family.sonsHousehold(), family.parentsHousehold());
        assertThat(son.currentMembership().orElseThrow().relationToHead()).isEqualTo("户主");
        assertThat(register.byIdNumber(son.idNumber())).contains(son);
    }

    @Test
    void anUnknownResidentIsReportedNotFound() {
        CertDeskException thrown = catchThrowableOfType(CertDeskException.class,
                () -> register.get(UUID.randomUUID()));

        assertThat(thrown.messageKey()).isEqualTo("population.resident.not.found");
        assertThat(register.byIdNumber("220104195003010019")).isEmpty();
    }

    @Test
    void householdsOfAResidentIncludeTheFormerOneWithLeftOnAndReason() throws SQLException {
        Family family = handBuiltFamily();

        List<HouseholdView> households = register.householdsOf(family.son());

        assertThat(households).extracting(HouseholdView::id)
                .containsExactly(family.sonsHousehold(), family.parentsHousehold());
        assertThat(households.get(0).splitFromId()).contains(family.parentsHousehold());
        HouseholdView.Member sonInParents = households.get(1).memberOf(family.son()).orElseThrow();
        assertThat(sonInParents.relationToHead()).isEqualTo("子");
        assertThat(sonInParents.leftOn()).contains(LocalDate.of(2005, 9, 1));
        assertThat(sonInParents.leftReason()).contains("分户");
        assertThat(households.get(1).members()).extracting(member -> member.person().id())
                .containsExactlyInAnyOrder(family.head(), family.spouse(), family.son(), family.daughter(),
                        family.grandfather());
        assertThat(households.get(1).members().get(0).relationToHead()).isEqualTo("户主");
    }

    @Test
    void membersShowTheirCurrentAddressAndDeceasedMembersAreMarked() throws SQLException {
        Family family = handBuiltFamily();

        Map<UUID, ResidentSummary> members = register.householdsOf(family.head()).get(0).members().stream()
                .collect(Collectors.toMap(member -> member.person().id(), HouseholdView.Member::person));

        assertThat(members.get(family.son()).address()).contains("长春市南关区自强街道2号");
        assertThat(members.get(family.daughter()).address()).contains("长春市南关区自强街道1号");
        assertThat(members.get(family.grandfather()).deceased()).isTrue();
        assertThat(members.get(family.grandfather()).address()).isEmpty();
    }

    // ------------------------------------------------------------ relatives

    @Test
    void relativesOfTheHeadIncludeTheSonWhoSplitOffFlaggedAsFormer() throws SQLException {
        Family family = handBuiltFamily();

        Map<UUID, Relative> relatives = byPerson(register.relativesOf(family.head()));

        assertThat(relatives).containsOnlyKeys(family.spouse(), family.son(), family.daughter(), family.grandfather());
        assertThat(relatives.get(family.spouse()).relation()).isEqualTo("夫妻");
        assertThat(relatives.get(family.spouse()).formerHousehold()).isFalse();
        assertThat(relatives.get(family.daughter()).relation()).isEqualTo("父女");
        assertThat(relatives.get(family.son()).relation()).isEqualTo("父子");
        assertThat(relatives.get(family.son()).formerHousehold()).isTrue();
        assertThat(relatives.get(family.grandfather()).relation()).isEqualTo("父子");
        assertThat(relatives.get(family.grandfather()).formerHousehold()).isTrue();
        assertThat(relatives.get(family.grandfather()).person().deceased()).isTrue();
    }

    @Test
    void relativesOfTheSonWhoSplitOffAreFoundThroughHisFormerHousehold() throws SQLException {
        Family family = handBuiltFamily();

        List<Relative> relatives = register.relativesOf(family.son());
        Map<UUID, Relative> byPerson = byPerson(relatives);

        assertThat(byPerson.get(family.daughterInLaw()).relation()).isEqualTo("夫妻");
        assertThat(byPerson.get(family.grandson()).relation()).isEqualTo("父子");
        assertThat(byPerson.get(family.head()).relation()).isEqualTo("父子");
        assertThat(byPerson.get(family.spouse()).relation()).isEqualTo("母子");
        assertThat(byPerson.get(family.daughter()).relation()).isEqualTo("兄妹");
        assertThat(byPerson.get(family.grandfather()).relation()).isEqualTo("祖孙");
        for (UUID former : List.of(family.head(), family.spouse(), family.daughter(), family.grandfather())) {
            assertThat(byPerson.get(former).formerHousehold()).isTrue();
            assertThat(byPerson.get(former).throughHousehold().id()).isEqualTo(family.parentsHousehold());
        }
        assertThat(byPerson.get(family.grandson()).formerHousehold()).isFalse();
        assertThat(relatives.get(0).formerHousehold()).isFalse();
    }

    @Test
    void membersOfACollectiveHouseholdAreNotRelatives() throws SQLException {
        UUID dormitory = hand.household("100000009", "长春市南关区宿舍", null);
        UUID first = hand.resident("刘一", "M", "1990-01-01", null, "");
        UUID second = hand.resident("刘二", "M", "1991-01-01", null, "");
        hand.member(dormitory, first, "户主", "2015-01-01", null, null);
        hand.member(dormitory, second, "集体户成员", "2015-01-01", null, null);

        assertThat(register.relativesOf(first)).isEmpty();
    }

    // ------------------------------------------------------------ helpers

    private static Map<UUID, Relative> byPerson(List<Relative> relatives) {
        return relatives.stream().collect(Collectors.toMap(relative -> relative.person().id(), relative -> relative));
    }

    private static Object invoke(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private String[] firstRow(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row for the test").isTrue();
            String[] row = new String[rows.getMetaData().getColumnCount()];
            for (int index = 0; index < row.length; index++) {
                row[index] = rows.getString(index + 1);
            }
            return row;
        }
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

}
