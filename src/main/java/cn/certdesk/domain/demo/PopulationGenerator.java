package cn.certdesk.domain.demo;

import cn.certdesk.domain.demo.SyntheticResident.Gender;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.UUID;

import static cn.certdesk.domain.demo.SyntheticMembership.HEAD;
import static cn.certdesk.domain.demo.SyntheticMembership.LEFT_DECEASED;
import static cn.certdesk.domain.demo.SyntheticMembership.LEFT_MOVED_OUT;
import static cn.certdesk.domain.demo.SyntheticMembership.LEFT_SPLIT;

/**
 * Generates one family at a time: first a plan of drafts (relations and birth dates), then, once
 * the plan fits into the residents still to generate, the final values. Holds only the current
 * family and the ID-number counters. Not thread-safe.
 */
final class PopulationGenerator implements Iterator<SyntheticHousehold> {

    private static final String REGION_CODE = JilinRegion.STATION_AREA.code();
    private static final LocalDate REGISTER_START = LocalDate.of(1958, 1, 1);
    private static final int MAX_HOUSEHOLD_SIZE = 6;
    private static final long HOUSEHOLD_NUMBER_SPACE = 900_000_000L;
    /** Coprime to 900,000,000, so index → number is a bijection. */
    private static final long HOUSEHOLD_NUMBER_STEP = 7_777_777L;
    /** Resident positions that always get a supplementary-plane character (≥ 3 in any run of ≥ 1,000). */
    private static final long[] FORCED_SUPPLEMENTARY = {100, 400, 700};

    private static final WeightedChoice<String> SUBDISTRICTS = WeightedChoice.parse(
            "自强街道 70 南岭街道 8 民康街道 6 永吉街道 5 桃源街道 4 鸿城街道 4 明珠街道 3");
    private static final WeightedChoice<String> STREETS = WeightedChoice.parse("""
            人民大街 20 自强街 15 亚泰大街 10 民康路 8 南岭大街 6 东岭南街 6 平治街 5 全安街 5
            永长路 4 清明街 4 桃源路 4 福祉大路 4 明珠路 3 惠民路 3 兴业街 3 长治路 3 东风巷 2 春晖胡同 2
            """);
    private static final List<String> COLLECTIVE_UNITS = List.of(
            "长春市自强商贸有限公司集体户", "南关区自强街道社区服务中心集体户", "吉林省华岭建筑工程有限公司集体户",
            "长春市南岭职业技术学校集体户", "南关区人才服务中心集体户", "长春市亚泰物业服务有限公司集体户");
    private static final int[] HEAD_AGE_FROM = {22, 30, 40, 50, 60, 70};
    private static final WeightedChoice<Integer> HEAD_AGE_BAND =
            WeightedChoice.of(List.of(0, 1, 2, 3, 4, 5), new int[] {12, 20, 22, 22, 14, 10});

    private enum Shape { SINGLE, COUPLE, NUCLEAR, SINGLE_PARENT, WITH_PARENTS, THREE_GENERATIONS, SIBLINGS }

    private static final WeightedChoice<Shape> SHAPES = WeightedChoice.of(
            List.of(Shape.values()), new int[] {15, 18, 35, 5, 10, 10, 4});

    private final SplittableRandom random;
    private final long target;
    private final LocalDate asOf;
    private final IdNumberAllocator idNumbers;
    private final long householdNumberOffset;
    private final Deque<SyntheticHousehold> ready = new ArrayDeque<>();
    private long residentsPlanned;
    private long residentsEmitted;
    private long householdsNumbered;
    private final long uuidBaseMillis;
    private long uuidsIssued;

    PopulationGenerator(long seed, long target, LocalDate asOf) {
        this.random = new SplittableRandom(seed);
        this.target = target;
        this.asOf = asOf;
        this.idNumbers = new IdNumberAllocator(JilinRegion.ALL, asOf, IdNumberAllocator.mix(seed));
        this.householdNumberOffset = Math.floorMod(IdNumberAllocator.mix(~seed), HOUSEHOLD_NUMBER_SPACE);
        this.uuidBaseMillis = asOf.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                + Math.floorMod(IdNumberAllocator.mix(seed ^ 0x5EEDL), 43_200_000L);
    }

    @Override
    public boolean hasNext() {
        return !ready.isEmpty() || residentsPlanned < target;
    }

    @Override
    public SyntheticHousehold next() {
        if (ready.isEmpty()) {
            if (residentsPlanned >= target) {
                throw new NoSuchElementException();
            }
            generateFamily();
        }
        return ready.poll();
    }

    // ---------------------------------------------------------------- planning

    /** A person before final values: relation in the household, dates, and an optional own household. */
    private static final class Draft {
        final boolean male;
        final LocalDate plannedBirth;
        final int regionIndex;
        final String ethnicity;
        final String surname;
        String relation;
        LocalDate joined;
        LocalDate left;
        String leftReason;
        LocalDate deceased;
        /** Set when this person split off into a household of their own (分户). */
        HouseholdPlan ownHousehold;
        SyntheticResident resident;

        Draft(boolean male, LocalDate plannedBirth, int regionIndex, String ethnicity, String surname) {
            this.male = male;
            this.plannedBirth = plannedBirth;
            this.regionIndex = regionIndex;
            this.ethnicity = ethnicity;
            this.surname = surname;
        }
    }

    private static final class HouseholdPlan {
        final String type;
        final List<Draft> members = new ArrayList<>();
        LocalDate established;
        LocalDate closedOn;
        String closedReason;
        UUID id;

        HouseholdPlan(String type) {
            this.type = type;
        }
    }

    private void generateFamily() {
        long remaining = target - residentsPlanned;
        HouseholdPlan plan = random.nextInt(100) < 2 ? planCollective() : planFamily();
        if (size(plan) > remaining) {
            plan = planSingle();
        }
        residentsPlanned += size(plan);
        emit(plan, null);
    }

    private static int size(HouseholdPlan plan) {
        int size = 0;
        for (Draft member : plan.members) {
            // a split-off member is counted once, in the household they were born into
            size += 1;
            if (member.ownHousehold != null) {
                size += member.ownHousehold.members.size() - 1;
            }
        }
        return size;
    }

    private HouseholdPlan planSingle() {
        HouseholdPlan plan = new HouseholdPlan(SyntheticHousehold.FAMILY);
        Draft head = founder(random.nextBoolean(), headBirth());
        addHead(plan, head);
        return plan;
    }

    private HouseholdPlan planCollective() {
        HouseholdPlan plan = new HouseholdPlan(SyntheticHousehold.COLLECTIVE);
        plan.established = between(asOf.minusYears(30), asOf.minusYears(1));
        int size = 3 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
            Draft member = founder(random.nextInt(100) < 55, asOf.minusYears(18 + random.nextInt(40)).minusDays(random.nextInt(365)));
            member.relation = i == 0 ? HEAD : "集体户成员";
            member.joined = latestOf(plan.established, member.plannedBirth.plusYears(18));
            if (i > 0 && random.nextInt(100) < 20) {
                moveOut(member, member.joined);
            }
            plan.members.add(member);
        }
        return plan;
    }

    private HouseholdPlan planFamily() {
        Shape shape = SHAPES.pick(random);
        HouseholdPlan plan = new HouseholdPlan(SyntheticHousehold.FAMILY);
        LocalDate headBirth = switch (shape) {
            case THREE_GENERATIONS -> asOf.minusYears(50 + random.nextInt(36)).minusDays(random.nextInt(365));
            case WITH_PARENTS -> asOf.minusYears(25 + random.nextInt(36)).minusDays(random.nextInt(365));
            default -> headBirth();
        };
        boolean withSpouse = shape != Shape.SINGLE && shape != Shape.SINGLE_PARENT && shape != Shape.SIBLINGS;
        boolean headMale = withSpouse ? random.nextInt(100) < 80 : random.nextBoolean();
        Draft head = founder(headMale, headBirth);
        addHead(plan, head);
        Draft spouse = null;
        if (withSpouse) {
            spouse = founder(!headMale, spouseBirth(head));
            spouse.relation = "配偶";
            spouse.joined = clamp(plan.established.plusDays(random.nextInt(3 * 365)), spouse.plannedBirth.plusYears(20));
            plan.members.add(spouse);
        }
        if (shape == Shape.WITH_PARENTS) {
            addParentsOfHead(plan, head);
        }
        if (shape == Shape.SIBLINGS) {
            addSiblings(plan, head);
        }
        if (shape != Shape.SINGLE && shape != Shape.COUPLE && shape != Shape.SIBLINGS) {
            Draft father = headMale ? head : spouse;
            Draft mother = headMale ? spouse : head;
            addChildren(plan, father, mother, "子", "女", shape == Shape.THREE_GENERATIONS ? 1 : 0);
        }
        if (shape == Shape.THREE_GENERATIONS) {
            addGrandchildren(plan);
        }
        applyDeaths(plan);
        applySplits(plan);
        if (random.nextInt(100) < 3) {
            closeMovedOut(plan);
        }
        return plan;
    }

    private void addHead(HouseholdPlan plan, Draft head) {
        head.relation = HEAD;
        if (plan.established == null) {
            LocalDate formed = head.plannedBirth.plusYears(18).plusDays(random.nextInt(6 * 365));
            plan.established = clamp(latestOf(formed, REGISTER_START), head.plannedBirth.plusYears(18));
        }
        head.joined = plan.established;
        plan.members.add(head);
    }

    private void addParentsOfHead(HouseholdPlan plan, Draft head) {
        int parents = 1 + random.nextInt(2);
        LocalDate fatherBirth = between(head.plannedBirth.minusYears(40), head.plannedBirth.minusYears(25));
        for (int i = 0; i < parents && plan.members.size() < MAX_HOUSEHOLD_SIZE; i++) {
            boolean male = parents == 2 ? i == 0 : random.nextBoolean();
            LocalDate birth = male ? fatherBirth : within(fatherBirth.plusYears(random.nextInt(6)).minusDays(random.nextInt(365)),
                    head.plannedBirth.minusYears(40), head.plannedBirth.minusYears(20));
            Draft parent = male
                    ? new Draft(true, birth, head.regionIndex == 0 && random.nextInt(100) < 50 ? 0 : birthRegion(birth),
                            head.ethnicity, head.surname)
                    : founder(false, birth);
            parent.relation = male ? "父" : "母";
            parent.joined = between(plan.established, earliestOf(plan.established.plusYears(15), asOf));
            plan.members.add(parent);
        }
    }

    private void addSiblings(HouseholdPlan plan, Draft head) {
        int siblings = 1 + random.nextInt(2);
        for (int i = 0; i < siblings; i++) {
            boolean male = random.nextBoolean();
            int years = 1 + random.nextInt(10);
            boolean older = random.nextBoolean();
            LocalDate birth = older ? head.plannedBirth.minusYears(years) : head.plannedBirth.plusYears(years);
            if (birth.isAfter(asOf.minusYears(18))) {
                continue;
            }
            Draft sibling = new Draft(male, birth, head.regionIndex, head.ethnicity, head.surname);
            sibling.relation = older ? (male ? "兄" : "姐") : (male ? "弟" : "妹");
            sibling.joined = plan.established;
            plan.members.add(sibling);
        }
    }

    /**
     * Adds children of {@code father} and {@code mother} (either may be null) born at least 20 and at
     * most 40 years after both; with {@code minimumAdults} of them at least 22 when possible.
     */
    private List<Draft> addChildren(HouseholdPlan plan, Draft father, Draft mother,
                                    String sonRelation, String daughterRelation, int minimumAdults) {
        LocalDate older = earliest(father, mother);
        LocalDate younger = latestOf(birthOf(father), birthOf(mother));
        LocalDate from = younger.plusYears(20);
        LocalDate to = earliestOf(older.plusYears(40), asOf);
        List<Draft> children = new ArrayList<>();
        if (from.isAfter(to)) {
            return children;
        }
        int motherYear = (mother != null ? mother : father).plannedBirth.getYear();
        int wanted = motherYear < 1955 ? 2 + random.nextInt(3) : motherYear < 1990 ? 1 + (random.nextInt(100) < 15 ? 1 : 0)
                : 1 + random.nextInt(2);
        Draft lineage = father != null ? father : mother;
        for (int i = 0; i < wanted && plan.members.size() < MAX_HOUSEHOLD_SIZE; i++) {
            LocalDate birth = between(from, to);
            if (i < minimumAdults) {
                LocalDate adult = earliestOf(to, asOf.minusYears(22));
                if (!adult.isBefore(from)) {
                    birth = between(from, adult);
                }
            }
            boolean male = random.nextInt(100) < 51;
            String ethnicity = mother != null && father != null && random.nextInt(100) < 30 ? mother.ethnicity : lineage.ethnicity;
            Draft child = new Draft(male, birth, random.nextInt(100) < 92 ? 0 : birthRegion(birth), ethnicity, lineage.surname);
            child.relation = male ? sonRelation : daughterRelation;
            child.joined = latestOf(plan.established, birth);
            plan.members.add(child);
            children.add(child);
        }
        return children;
    }

    /** In a three-generation household: the oldest adult child's spouse (儿媳 or 女婿) and their children. */
    private void addGrandchildren(HouseholdPlan plan) {
        Draft adultChild = null;
        for (Draft member : plan.members) {
            if (("子".equals(member.relation) || "女".equals(member.relation))
                    && !member.plannedBirth.isAfter(asOf.minusYears(22))) {
                adultChild = member;
                break;
            }
        }
        if (adultChild == null || plan.members.size() >= MAX_HOUSEHOLD_SIZE) {
            return;
        }
        Draft inLaw = founder(!adultChild.male, spouseBirth(adultChild));
        inLaw.relation = adultChild.male ? "儿媳" : "女婿";
        inLaw.joined = clamp(latestOf(plan.established, latestOf(adultChild.plannedBirth, inLaw.plannedBirth).plusYears(22)),
                inLaw.plannedBirth.plusYears(18));
        plan.members.add(inLaw);
        Draft father = adultChild.male ? adultChild : inLaw;
        Draft mother = adultChild.male ? inLaw : adultChild;
        addChildren(plan, father, mother, "孙子", "孙女", 0);
    }

    private void applyDeaths(HouseholdPlan plan) {
        for (Draft member : plan.members) {
            if (HEAD.equals(member.relation)) {
                continue;
            }
            int age = asOf.getYear() - member.plannedBirth.getYear();
            int percent = age >= 80 ? 45 : age >= 70 ? 20 : age >= 60 ? 6 : age >= 40 ? 1 : 0;
            if (random.nextInt(1000) < percent * 10) {
                LocalDate earliest = latestOf(member.joined.plusDays(1), member.plannedBirth.plusYears(Math.min(age, 55)));
                if (earliest.isBefore(asOf)) {
                    member.deceased = between(earliest, asOf);
                    member.left = member.deceased;
                    member.leftReason = LEFT_DECEASED;
                }
            }
        }
    }

    /** Adult children may have moved away on marriage (迁出) or set up their own household here (分户). */
    private void applySplits(HouseholdPlan plan) {
        List<Draft> children = new ArrayList<>();
        for (Draft member : plan.members) {
            if (member.left == null && ("子".equals(member.relation) || "女".equals(member.relation))
                    && !member.plannedBirth.isAfter(asOf.minusYears(24))) {
                children.add(member);
            }
        }
        for (Draft child : children) {
            int roll = random.nextInt(100);
            LocalDate from = latestOf(child.joined.plusDays(1), child.plannedBirth.plusYears(22));
            if (!from.isBefore(asOf)) {
                continue;
            }
            if (roll < 12) {
                moveOut(child, from);
            } else if (roll < 35) {
                split(child, between(from, asOf));
            }
        }
    }

    private void moveOut(Draft member, LocalDate notBefore) {
        if (notBefore.isBefore(asOf)) {
            member.left = between(notBefore.plusDays(1), asOf);
            member.leftReason = LEFT_MOVED_OUT;
        }
    }

    private void split(Draft child, LocalDate splitOn) {
        child.left = splitOn;
        child.leftReason = LEFT_SPLIT;
        HouseholdPlan own = new HouseholdPlan(SyntheticHousehold.FAMILY);
        own.established = splitOn;
        // the same person heads the new household: a new membership, not a new resident
        own.members.add(child);
        child.ownHousehold = own;
        if (random.nextInt(100) < 60) {
            Draft spouse = founder(!child.male, spouseBirth(child));
            spouse.relation = "配偶";
            spouse.joined = clamp(splitOn.plusDays(random.nextInt(2 * 365)), spouse.plannedBirth.plusYears(20));
            own.members.add(spouse);
            Draft father = child.male ? child : spouse;
            Draft mother = child.male ? spouse : child;
            addChildren(own, father, mother, "子", "女", 0);
        }
    }

    /** The whole household moved away: memberships end with 迁出 and the household is closed. */
    private void closeMovedOut(HouseholdPlan plan) {
        LocalDate lastEvent = plan.established;
        for (Draft member : plan.members) {
            lastEvent = latestOf(lastEvent, member.joined);
            lastEvent = member.left != null ? latestOf(lastEvent, member.left) : lastEvent;
            if (member.ownHousehold != null) {
                return; // keep it simple: a household with a split-off child stays open
            }
        }
        if (!lastEvent.isBefore(asOf)) {
            return;
        }
        LocalDate movedOn = between(lastEvent.plusDays(1), asOf);
        for (Draft member : plan.members) {
            if (member.left == null) {
                member.left = movedOn;
                member.leftReason = LEFT_MOVED_OUT;
            }
        }
        plan.closedOn = movedOn;
        plan.closedReason = LEFT_MOVED_OUT;
    }

    private Draft founder(boolean male, LocalDate birth) {
        int regionIndex = random.nextInt(100) < 60 ? 0 : birthRegion(birth);
        JilinRegion region = JilinRegion.ALL.get(regionIndex);
        String ethnicity = region.minority() != null && random.nextInt(100) < region.minorityPercent()
                ? region.minority() : NamePools.ETHNICITIES.pick(random);
        String surname = switch (ethnicity) {
            case "朝鲜族" -> NamePools.KOREAN_SURNAMES.pick(random);
            case "满族" -> random.nextBoolean() ? NamePools.MANCHU_SURNAMES.pick(random) : NamePools.SURNAMES.pick(random);
            default -> NamePools.SURNAMES.pick(random);
        };
        return new Draft(male, birth, regionIndex, ethnicity, surname);
    }

    /** A Jilin area other than the station's, weighted, whose code was in use in the birth year. */
    private int birthRegion(LocalDate birth) {
        int year = birth.getYear();
        List<JilinRegion> regions = JilinRegion.ALL;
        int total = 0;
        for (JilinRegion region : regions) {
            total += region.issuedFor(year) ? region.weight() : 0;
        }
        int target = random.nextInt(total);
        for (int i = 0; i < regions.size(); i++) {
            JilinRegion region = regions.get(i);
            if (region.issuedFor(year)) {
                target -= region.weight();
                if (target < 0) {
                    return i;
                }
            }
        }
        return 0;
    }

    private LocalDate headBirth() {
        int band = HEAD_AGE_BAND.pick(random);
        int span = band == HEAD_AGE_FROM.length - 1 ? 16 : 10;
        int age = HEAD_AGE_FROM[band] + random.nextInt(span);
        return asOf.minusYears(age).minusDays(random.nextInt(365));
    }

    private LocalDate spouseBirth(Draft partner) {
        // wives mostly a little younger than their husbands: -1..+4 years
        int years = partner.male ? random.nextInt(6) - 1 : 1 - random.nextInt(6);
        LocalDate birth = partner.plannedBirth.plusYears(years).plusDays(random.nextInt(365) - 182);
        return earliestOf(birth, asOf.minusYears(20));
    }

    // ---------------------------------------------------------------- final values

    private void emit(HouseholdPlan plan, UUID splitFromId) {
        plan.id = uuid();
        List<SyntheticResident> residents = new ArrayList<>();
        List<SyntheticMembership> memberships = new ArrayList<>();
        List<HouseholdPlan> splitOff = new ArrayList<>();
        for (Draft member : plan.members) {
            // the split-off person was finished in the household they left
            boolean splitHead = splitFromId != null && member.resident != null;
            if (!splitHead) {
                member.resident = finish(member);
                residents.add(member.resident);
                if (member.ownHousehold != null) {
                    splitOff.add(member.ownHousehold);
                }
            }
            memberships.add(membership(plan, member, splitHead));
        }
        String address = plan.type.equals(SyntheticHousehold.COLLECTIVE) ? collectiveAddress() : address();
        ready.add(new SyntheticHousehold(plan.id, householdNumber(), plan.type, address, REGION_CODE,
                splitFromId, plan.closedOn, plan.closedReason, residents, memberships));
        for (HouseholdPlan own : splitOff) {
            emit(own, plan.id);
        }
    }

    private SyntheticMembership membership(HouseholdPlan plan, Draft member, boolean splitHead) {
        LocalDate birth = member.resident.birthDate();
        if (splitHead) {
            // the split-off person heads the new household from the day of the split, for good
            LocalDate joined = latestOf(plan.established, birth);
            return new SyntheticMembership(uuid(), plan.id, member.resident.id(), HEAD, joined, null, null);
        }
        LocalDate joined = earliestOf(latestOf(member.joined, birth), asOf);
        LocalDate left = member.left == null ? null : latestOf(member.left, joined);
        return new SyntheticMembership(uuid(), plan.id, member.resident.id(), member.relation, joined, left,
                member.leftReason);
    }

    private SyntheticResident finish(Draft draft) {
        IdNumberAllocator.Allocation allocation =
                idNumbers.allocate(draft.regionIndex, draft.plannedBirth, draft.male);
        long position = residentsEmitted++;
        String givenName = givenName(draft.male, allocation.birthDate(), position);
        List<String> formerNames = List.of();
        if (allocation.birthDate().isBefore(asOf.minusYears(18)) && random.nextInt(100) < 3) {
            String former = draft.surname + givenName(draft.male, allocation.birthDate().minusYears(30), -1);
            if (!former.equals(draft.surname + givenName)) {
                formerNames = List.of(former);
            }
        }
        LocalDate deceased = draft.deceased == null ? null : latestOf(draft.deceased, allocation.birthDate());
        if (deceased != null && draft.left != null) {
            draft.left = latestOf(draft.left, deceased);
        }
        return new SyntheticResident(uuid(), allocation.idNumber(), draft.surname + givenName, formerNames,
                draft.male ? Gender.MALE : Gender.FEMALE, draft.ethnicity, allocation.birthDate(),
                JilinRegion.ALL.get(draft.regionIndex).birthPlace(), deceased);
    }

    private String givenName(boolean male, LocalDate birth, long position) {
        boolean younger = birth.getYear() >= 1985;
        WeightedChoice<String> pool = male ? (younger ? NamePools.MALE_YOUNGER : NamePools.MALE_OLDER)
                : (younger ? NamePools.FEMALE_YOUNGER : NamePools.FEMALE_OLDER);
        boolean single = random.nextInt(100) < (younger ? 18 : 28);
        String first = pool.pick(random);
        String last = single ? "" : pool.pick(random);
        if (random.nextInt(100) == 0) {
            last = NamePools.RARE_BMP.pick(random);
        }
        if (position >= 0 && supplementary(position)) {
            last = NamePools.SUPPLEMENTARY.pick(random);
        }
        return first + last;
    }

    private boolean supplementary(long position) {
        for (long forced : FORCED_SUPPLEMENTARY) {
            if (position == forced) {
                return true;
            }
        }
        return random.nextInt(2000) == 0;
    }

    private String address() {
        StringBuilder address = new StringBuilder(64).append("吉林省长春市南关区")
                .append(SUBDISTRICTS.pick(random)).append(STREETS.pick(random))
                .append(1 + random.nextInt(2999)).append('号');
        if (random.nextInt(100) < 85) {
            int floor = 1 + random.nextInt(18);
            address.append(1 + random.nextInt(30)).append("栋")
                    .append(1 + random.nextInt(6)).append("单元")
                    .append(floor).append('0').append(1 + random.nextInt(4)).append('室');
        }
        return address.toString();
    }

    private String collectiveAddress() {
        return "吉林省长春市南关区" + SUBDISTRICTS.pick(random) + STREETS.pick(random)
                + (1 + random.nextInt(2999)) + "号（" + COLLECTIVE_UNITS.get(random.nextInt(COLLECTIVE_UNITS.size())) + "）";
    }

    private String householdNumber() {
        long index = householdsNumbered++;
        long number = 100_000_000L + Math.floorMod(index * HOUSEHOLD_NUMBER_STEP + householdNumberOffset, HOUSEHOLD_NUMBER_SPACE);
        return Long.toString(number);
    }

    /**
     * UUID version 7 layout whose 48-bit time field counts up one millisecond per id from a base
     * near the reference date: unique by construction, and in insertion order, which keeps the
     * store's primary-key B-trees append-only (several times faster than random ids at 1,000,000).
     */
    private UUID uuid() {
        long timestamp = uuidBaseMillis + uuidsIssued++;
        long high = (timestamp << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    // ---------------------------------------------------------------- dates

    private LocalDate between(LocalDate from, LocalDate to) {
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        if (last <= first) {
            return from;
        }
        return LocalDate.ofEpochDay(first + random.nextLong(last - first + 1));
    }

    private LocalDate clamp(LocalDate date, LocalDate notBefore) {
        return earliestOf(latestOf(date, notBefore), asOf);
    }

    private static LocalDate within(LocalDate date, LocalDate from, LocalDate to) {
        return date.isBefore(from) ? from : date.isAfter(to) ? to : date;
    }

    private static LocalDate latestOf(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliestOf(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate birthOf(Draft draft) {
        return draft == null ? null : draft.plannedBirth;
    }

    private static LocalDate earliest(Draft a, Draft b) {
        if (a == null) {
            return b.plannedBirth;
        }
        if (b == null) {
            return a.plannedBirth;
        }
        return earliestOf(a.plannedBirth, b.plannedBirth);
    }
}
