package cn.certdesk.domain.demo;

import cn.certdesk.domain.idnumber.CheckCharacter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticPopulationTest {

    private static final long SEED = 20250630L;
    private static final int RESIDENTS = 20_000;

    private List<SyntheticHousehold> households;
    private List<SyntheticResident> residents;
    private Map<UUID, SyntheticResident> residentsById;

    @BeforeAll
    void generate() {
        households = new SyntheticPopulation(SEED, RESIDENTS).households().toList();
        residents = households.stream().flatMap(household -> household.residents().stream()).toList();
        residentsById = residents.stream().collect(Collectors.toMap(SyntheticResident::id, resident -> resident));
    }

    @Test
    void sameSeedGivesTheSameHouseholdsValueForValue() {
        List<SyntheticHousehold> first = new SyntheticPopulation(7L, 3_000).households().toList();
        List<SyntheticHousehold> second = new SyntheticPopulation(7L, 3_000).households().toList();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void differentSeedsGiveDifferentPopulations() {
        List<String> first = idNumbers(new SyntheticPopulation(1L, 500));
        List<String> second = idNumbers(new SyntheticPopulation(2L, 500));

        assertThat(second).isNotEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 7, 999, 2_345})
    void generatesExactlyTheRequestedNumberOfResidents(int count) {
        long generated = new SyntheticPopulation(SEED, count).households()
                .mapToLong(household -> household.residents().size()).sum();

        assertThat(generated).isEqualTo(count);
    }

    @Test
    void defaultPopulationHasTwentyThousandResidents() {
        assertThat(new SyntheticPopulation(SEED).residentCount()).isEqualTo(20_000);
        assertThat(residents).hasSize(RESIDENTS);
    }

    @Test
    void everyIdNumberHasEighteenCharactersAndAValidCheckCharacter() {
        assertThat(residents).allSatisfy(resident -> {
            String number = resident.idNumber();
            assertThat(number).matches("\\d{17}[\\dX]");
            assertThat(number.charAt(17)).isEqualTo(CheckCharacter.of(number.substring(0, 17)));
        });
    }

    @Test
    void idNumbersAreUniqueAcrossThePopulation() {
        Set<String> numbers = new HashSet<>();
        new SyntheticPopulation(99L, 200_000).households()
                .flatMap(household -> household.residents().stream())
                .forEach(resident -> assertThat(numbers.add(resident.idNumber())).isTrue());

        assertThat(numbers).hasSize(200_000);
    }

    @Test
    void idNumberEncodesTheBirthDateAndTheGenderBySequenceParity() {
        assertThat(residents).allSatisfy(resident -> {
            String number = resident.idNumber();
            assertThat(LocalDate.parse(number.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE))
                    .isEqualTo(resident.birthDate());
            int sequence = Integer.parseInt(number.substring(14, 17));
            assertThat(sequence).isPositive();
            assertThat(sequence % 2 == 1).isEqualTo(resident.gender() == SyntheticResident.Gender.MALE);
        });
    }

    @Test
    void idNumbersCarryJilinAddressCodesMostlyThoseOfTheStationsArea() {
        Map<String, Long> byCode = residents.stream()
                .collect(Collectors.groupingBy(resident -> resident.idNumber().substring(0, 6), Collectors.counting()));

        assertThat(byCode.keySet()).allSatisfy(code -> assertThat(code).startsWith("22"));
        assertThat(byCode.get("220102")).isGreaterThan(RESIDENTS / 2L);
        assertThat(byCode).containsKey("220181");
    }

    @Test
    void historicalAddressCodeOf九台市IsOnlyUsedForPeopleBornBeforeTheDistrictWasCreated() {
        assertThat(residents).filteredOn(resident -> resident.idNumber().startsWith("220181"))
                .allSatisfy(resident -> assertThat(resident.birthDate().getYear()).isLessThan(2014));
        assertThat(residents).filteredOn(resident -> resident.idNumber().startsWith("220113"))
                .allSatisfy(resident -> assertThat(resident.birthDate().getYear()).isGreaterThanOrEqualTo(2014));
    }

    @Test
    void someSurnamesHaveTwoCharacters() {
        Set<String> compoundSurnames = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐");
        long withCompoundSurname = new SyntheticPopulation(SEED, 2_000).households()
                .flatMap(household -> household.residents().stream())
                .filter(resident -> compoundSurnames.contains(resident.name().substring(0, 2)))
                .count();

        assertThat(withCompoundSurname).isPositive();
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, SEED})
    void atLeastThreeNamesHoldCharactersOutsideTheBasicMultilingualPlaneIn1000Residents(long seed) {
        long supplementary = new SyntheticPopulation(seed, 1_000).households()
                .flatMap(household -> household.residents().stream())
                .filter(resident -> resident.name().codePoints().anyMatch(codePoint -> codePoint > 0xFFFF))
                .count();

        assertThat(supplementary).isGreaterThanOrEqualTo(3);
    }

    @Test
    void namesAreTwoToFourCodePointsLong() {
        assertThat(residents).allSatisfy(resident ->
                assertThat(resident.name().codePointCount(0, resident.name().length())).isBetween(2, 4));
    }

    @Test
    void someResidentsHaveFormerNames() {
        assertThat(residents).filteredOn(resident -> !resident.formerNames().isEmpty()).isNotEmpty();
    }

    @Test
    void mostResidentsAreHanAndSomeBelongToTheMinoritiesOfJilin() {
        Map<String, Long> byEthnicity = residents.stream()
                .collect(Collectors.groupingBy(SyntheticResident::ethnicity, Collectors.counting()));

        assertThat(byEthnicity.get("汉族")).isGreaterThan(RESIDENTS * 8L / 10);
        assertThat(byEthnicity).containsKeys("满族", "朝鲜族", "蒙古族", "回族");
    }

    @Test
    void birthPlacesAreInJilin() {
        assertThat(residents).allSatisfy(resident -> assertThat(resident.birthPlace()).startsWith("吉林省"));
    }

    @Test
    void householdNumbersAreUniqueNineDigitStrings() {
        List<String> numbers = households.stream().map(SyntheticHousehold::householdNumber).toList();

        assertThat(numbers).allSatisfy(number -> assertThat(number).matches("[1-9]\\d{8}"));
        assertThat(numbers).doesNotHaveDuplicates();
    }

    @Test
    void everyHouseholdNotClosedHasExactlyOneCurrentHead() {
        assertThat(households).filteredOn(household -> !household.closed()).allSatisfy(household ->
                assertThat(household.memberships()).filteredOn(m -> m.current() && m.head()).hasSize(1));
    }

    @Test
    void closedHouseholdsHaveNoCurrentMembers() {
        assertThat(households).filteredOn(SyntheticHousehold::closed).isNotEmpty().allSatisfy(household ->
                assertThat(household.memberships()).noneMatch(SyntheticMembership::current));
    }

    @Test
    void householdsHaveOneToSixMembers() {
        assertThat(households).allSatisfy(household ->
                assertThat(household.memberships()).hasSizeBetween(1, 6));
    }

    @Test
    void aSmallShareOfHouseholdsIsCollective() {
        long collective = households.stream().filter(household -> household.type().equals(SyntheticHousehold.COLLECTIVE)).count();

        assertThat(collective).isPositive().isLessThan(households.size() / 20);
    }

    @Test
    void deceasedResidentsLeftTheirHouseholdOnTheDayOfDeath() {
        Map<UUID, List<SyntheticMembership>> membershipsByResident = memberships().stream()
                .collect(Collectors.groupingBy(SyntheticMembership::residentId));

        assertThat(residents).filteredOn(SyntheticResident::deceased).isNotEmpty().allSatisfy(resident ->
                assertThat(membershipsByResident.get(resident.id())).allSatisfy(membership -> {
                    assertThat(membership.leftOn()).isNotNull().isBeforeOrEqualTo(resident.deceasedOn());
                    assertThat(membership.leftOn()).isAfterOrEqualTo(membership.joinedOn());
                }).anySatisfy(membership -> assertThat(membership.leftReason()).isEqualTo("死亡")));
    }

    @Test
    void membershipDatesAreOrderedAndNotAfterTheReferenceDate() {
        LocalDate asOf = SyntheticPopulation.DEFAULT_AS_OF;
        assertThat(memberships()).allSatisfy(membership -> {
            SyntheticResident resident = residentsById.get(membership.residentId());
            assertThat(membership.joinedOn()).isAfterOrEqualTo(resident.birthDate()).isBeforeOrEqualTo(asOf);
            if (membership.leftOn() != null) {
                assertThat(membership.leftOn()).isAfterOrEqualTo(membership.joinedOn()).isBeforeOrEqualTo(asOf);
                assertThat(membership.leftReason()).isIn("死亡", "分户", "迁出");
            }
        });
    }

    @Test
    void membershipsOnlyReferToResidentsAndHouseholdsAlreadyDelivered() {
        Set<UUID> seenResidents = new HashSet<>();
        Set<UUID> seenHouseholds = new HashSet<>();
        for (SyntheticHousehold household : households) {
            household.residents().forEach(resident -> seenResidents.add(resident.id()));
            assertThat(household.memberships()).allSatisfy(membership -> {
                assertThat(seenResidents).contains(membership.residentId());
                assertThat(membership.householdId()).isEqualTo(household.id());
            });
            if (household.splitFromId() != null) {
                assertThat(seenHouseholds).contains(household.splitFromId());
            }
            seenHouseholds.add(household.id());
        }
        assertThat(seenResidents).hasSize(RESIDENTS);
    }

    @Test
    void theHeadOfASplitOffHouseholdLeftTheParentsHouseholdWithReasonSplit() {
        Map<UUID, SyntheticHousehold> byId = households.stream()
                .collect(Collectors.toMap(SyntheticHousehold::id, household -> household));

        assertThat(households).filteredOn(household -> household.splitFromId() != null).isNotEmpty()
                .allSatisfy(household -> {
                    SyntheticMembership head = household.memberships().stream()
                            .filter(SyntheticMembership::head).findFirst().orElseThrow();
                    assertThat(byId.get(household.splitFromId()).memberships())
                            .anySatisfy(old -> {
                                assertThat(old.residentId()).isEqualTo(head.residentId());
                                assertThat(old.leftReason()).isEqualTo("分户");
                                assertThat(old.leftOn()).isEqualTo(head.joinedOn());
                            });
                });
    }

    @Test
    void parentsAreTwentyToFortyYearsOlderThanTheirChildren() {
        int checked = 0;
        for (SyntheticHousehold household : households) {
            List<SyntheticResident> parents = household.memberships().stream()
                    .filter(m -> m.head() || m.relation().equals("配偶")).map(m -> residentsById.get(m.residentId())).toList();
            List<SyntheticResident> children = household.memberships().stream()
                    .filter(m -> m.relation().equals("子") || m.relation().equals("女")).map(m -> residentsById.get(m.residentId())).toList();
            for (SyntheticResident parent : parents) {
                for (SyntheticResident child : children) {
                    assertThat(child.birthDate()).isBetween(parent.birthDate().plusYears(20), parent.birthDate().plusYears(40));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    @Test
    void everyHouseholdLiesInTheStationsArea() {
        assertThat(households).allSatisfy(household -> {
            assertThat(household.regionCode()).isEqualTo("220102");
            assertThat(household.address()).startsWith("吉林省长春市南关区");
        });
    }

    @Test
    void everyRelationIsOneOfTheRegisterTerms() {
        Set<String> relations = memberships().stream().map(SyntheticMembership::relation).collect(Collectors.toSet());

        assertThat(relations).isSubsetOf("户主", "配偶", "子", "女", "父", "母", "孙子", "孙女", "兄", "弟", "姐", "妹",
                "儿媳", "女婿", "集体户成员");
        assertThat(relations).contains("户主", "配偶", "子", "女", "父", "母", "孙子", "孙女", "儿媳", "女婿");
    }

    @Test
    void uuidsAreUniqueAcrossHouseholdsResidentsAndMemberships() {
        Map<UUID, Integer> counts = new HashMap<>();
        households.forEach(household -> counts.merge(household.id(), 1, Integer::sum));
        residents.forEach(resident -> counts.merge(resident.id(), 1, Integer::sum));
        memberships().forEach(membership -> counts.merge(membership.id(), 1, Integer::sum));

        assertThat(counts.values()).containsOnly(1);
    }

    @Test
    void residentToStringShowsNoPersonalData() {
        SyntheticResident resident = residents.getFirst();

        assertThat(resident.toString()).doesNotContain(resident.name()).doesNotContain(resident.idNumber());
    }

    private List<SyntheticMembership> memberships() {
        return households.stream().flatMap(household -> household.memberships().stream()).toList();
    }

    private static List<String> idNumbers(SyntheticPopulation population) {
        return population.households().flatMap(household -> household.residents().stream())
                .map(SyntheticResident::idNumber).toList();
    }
}
