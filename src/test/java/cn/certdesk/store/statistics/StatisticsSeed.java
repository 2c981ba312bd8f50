package cn.certdesk.store.statistics;

import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.NewApplication;
import cn.certdesk.domain.application.RefusalRequest;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.store.application.ApplicationDesk;
import cn.certdesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A seeded desk for the statistics tests (R15, R17): a fixed list of what officers did on which
 * day, played through the real {@code ApplicationService} on a real SQLite store, and the
 * expected figures computed from that same list by plain counting — never by the code under test.
 */
public final class StatisticsSeed implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String KINSHIP = "ISSUE_KINSHIP";
    public static final String RESIDENT = "ISSUE_RESIDENT_IDENTITY";
    public static final String DEATH = "ISSUE_ABNORMAL_DEATH";
    public static final String NCR = "ISSUE_NO_CRIMINAL_RECORD";
    public static final String NAME = "EXCHANGE_NAME";
    public static final String OUTSIDE = "outside_catalogue";
    /** The period the tests ask about. */
    public static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    public static final LocalDate TO = LocalDate.of(2026, 11, 30);

    /** What a step does. */
    public enum Act {
        /** create (and request approval, approve), print, confirm: all at that moment. */
        ISSUE,
        /** create only; the application stays open. */
        OPEN,
        /** create an override, request approval, the head rejects it. */
        REJECTED,
        REFUSE,
        /** void the application of step {@code ref}. */
        VOID,
        /** record a reprint of the certificate of step {@code ref}. */
        REPRINT
    }

    /**
     * One thing done at the desk.
     *
     * @param at       desk-local time
     * @param by       police number of the officer who prepares / refuses / voids / reprints
     * @param approver police number of the head who approves or rejects, or {@code null}
     * @param kind     catalogue code, {@code null} for a refusal outside the catalogue
     * @param ref      for VOID / REPRINT: the index of the step whose application it acts on
     * @param due      for OPEN: the due date the test expects (R09; its own reading of the calendar)
     */
    public record Step(LocalDateTime at, Act act, String by, String approver, String kind, Route route, int ref,
            LocalDate due) {
    }

    private static Step step(String at, Act act, String by, String approver, String kind, Route route) {
        return new Step(LocalDateTime.parse(at), act, by, approver, kind, route, -1, null);
    }

    private static Step open(String at, String by, String kind, String due) {
        return new Step(LocalDateTime.parse(at), Act.OPEN, by, null, kind, Route.NORMAL, -1, LocalDate.parse(due));
    }

    private static Step on(String at, Act act, String by, int ref) {
        return new Step(LocalDateTime.parse(at), act, by, null, null, null, ref, null);
    }

    // 100001 household, 100002 community, 100003 head, 100004 second head (ApplicationDesk).
    public static final List<Step> STEPS = List.of(
            /* 0 */ step("2026-09-30T23:30", Act.ISSUE, "100001", null, KINSHIP, Route.NORMAL), // before the period
            /* 1 */ step("2026-10-01T00:30", Act.ISSUE, "100001", null, KINSHIP, Route.NORMAL), // 16:30 UTC the day before
            /* 2 */ step("2026-10-09T10:00", Act.ISSUE, "100001", null, RESIDENT, Route.NORMAL),
            /* 3 */ step("2026-10-12T09:00", Act.ISSUE, "100002", "100003", DEATH, Route.NORMAL),
            /* 4 */ step("2026-10-13T09:00", Act.REFUSE, "100001", null, NCR, null), // 应开不开 signal
            /* 5 */ step("2026-10-14T09:00", Act.REFUSE, "100001", null, NAME, null),
            /* 6 */ step("2026-10-15T09:00", Act.REFUSE, "100002", null, null, null), // outside the catalogue
            /* 7 */ step("2026-10-16T09:00", Act.ISSUE, "100001", "100004", NAME, Route.TRANSITION_OVERRIDE),
            /* 8 */ open("2026-10-20T09:00", "100001", KINSHIP, "2026-10-20"), // voided on 11-05: open on 10-31
            /* 9 */ on("2026-10-21T09:00", Act.REPRINT, "100001", 2),
            /* 10 */ step("2026-10-22T09:00", Act.REJECTED, "100002", "100003", NAME, Route.SPECIAL_CASE_OVERRIDE),
            /* 11 */ step("2026-11-02T09:00", Act.ISSUE, "100002", "100003", NAME, Route.SPECIAL_CASE_OVERRIDE),
            /* 12 */ on("2026-11-05T09:00", Act.VOID, "100001", 8),
            /* 13 */ on("2026-11-06T09:00", Act.VOID, "100001", 2), // an issued certificate voided
            /* 14 */ step("2026-11-09T09:00", Act.REFUSE, "100002", null, KINSHIP, null), // 应开不开 signal
            /* 15 */ open("2026-11-10T09:00", "100002", DEATH, "2026-11-17"), // 5 working days, open at 11-30
            /* 16 */ open("2026-11-27T09:00", "100001", KINSHIP, "2026-11-27"), // on the spot, open at 11-30
            /* 17 */ open("2026-11-30T16:00", "100001", KINSHIP, "2026-11-30"), // due on the last day: not late yet
            /* 18 */ step("2026-11-30T23:59", Act.ISSUE, "100001", null, RESIDENT, Route.NORMAL),
            /* 19 */ step("2026-12-01T00:01", Act.ISSUE, "100001", null, KINSHIP, Route.NORMAL), // after the period
            /* 20 */ on("2026-12-01T10:00", Act.REPRINT, "100001", 1)); // after the period

    public final ApplicationDesk desk;
    public final MutableClock clock;
    private final Map<String, Officer> officers = new HashMap<>();

    private StatisticsSeed(Path dataDirectory) {
        clock = new MutableClock(Instant.parse("2026-09-01T00:00:00Z"), ZONE);
        desk = ApplicationDesk.open(dataDirectory, clock);
        for (Officer officer : List.of(desk.household, desk.community, desk.head, desk.secondHead)) {
            officers.put(officer.policeNumber(), officer);
        }
    }

    /** Plays {@link #STEPS}, then moves the clock to {@code today} 09:00. */
    public static StatisticsSeed played(Path dataDirectory, LocalDate today) {
        StatisticsSeed seed = new StatisticsSeed(dataDirectory);
        Map<Integer, Application> applications = new HashMap<>();
        for (int index = 0; index < STEPS.size(); index++) {
            Step step = STEPS.get(index);
            seed.moveTo(step.at());
            Officer by = seed.officers.get(step.by());
            switch (step.act()) {
                case ISSUE -> {
                    Application created = seed.create(step, by);
                    if (step.approver() != null) {
                        seed.desk.applications.requestApproval(by, created.id());
                        seed.desk.applications.approve(seed.officers.get(step.approver()), created.id());
                    }
                    seed.desk.applications.print(by, created.id(), ApplicationDesk.printJob());
                    applications.put(index, seed.desk.applications.confirmIssued(by, created.id()));
                }
                case OPEN -> applications.put(index, seed.create(step, by));
                case REJECTED -> {
                    Application created = seed.create(step, by);
                    seed.desk.applications.requestApproval(by, created.id());
                    seed.desk.applications.reject(seed.officers.get(step.approver()), created.id(), "理由不充分");
                }
                case REFUSE -> seed.desk.applications.recordRefusal(by, step.kind() == null
                        ? new RefusalRequest(null, "学历证明", "学历不属于公安机关职责，请联系学校")
                        : new RefusalRequest(step.kind(), null, "按规定不予出具"));
                case VOID -> seed.desk.applications.void_(by, applications.get(step.ref()).id(), "申请人撤回");
                case REPRINT -> seed.desk.applications.recordReprint(by, applications.get(step.ref()).id(), "污损");
            }
        }
        seed.moveTo(today.atTime(9, 0));
        return seed;
    }

    private Application create(Step step, Officer by) {
        NewApplication request = desk.application(step.kind(), "张三", "220102199003071234");
        if (DEATH.equals(step.kind())) {
            request = request.withVerificationRecord(Map.of("incidentNumber", "J2201020000001"));
        }
        if (step.route() == Route.SPECIAL_CASE_OVERRIDE) {
            // R14: the request names one of the listed special cases
            Map<String, String> fields = new java.util.LinkedHashMap<>(request.fieldValues());
            fields.put(cn.certdesk.domain.application.OverrideCertificate.SPECIAL_CASE, "GOING_ABROAD");
            request = new NewApplication(request.kindCode(), request.applicant(), request.agent(), fields,
                    request.verificationRecord(), request.stub(), request.route(), request.overrideReason());
        }
        if (step.route().override()) {
            request = request.withRoute(step.route(), "出国急需");
        }
        return desk.applications.create(by, request);
    }

    private void moveTo(LocalDateTime local) {
        Instant target = local.atZone(ZONE).toInstant();
        Duration ahead = Duration.between(clock.instant(), target);
        if (ahead.isNegative()) {
            throw new IllegalStateException("steps out of order at " + local);
        }
        clock.advance(ahead);
    }

    public Officer officer(String policeNumber) {
        return officers.get(policeNumber);
    }

    @Override
    public void close() {
        desk.close();
    }

    // --- the expected figures, counted from STEPS alone ----------------------------------------

    private static boolean inPeriod(Step step, LocalDate from, LocalDate to) {
        LocalDate day = step.at().toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The kind a step's figure belongs to (VOID / REPRINT: the kind of the application they act on). */
    public static String kindOf(Step step) {
        if (step.act() == Act.VOID || step.act() == Act.REPRINT) {
            return STEPS.get(step.ref()).kind();
        }
        return step.kind() == null ? OUTSIDE : step.kind();
    }

    public static long count(Act act, LocalDate from, LocalDate to, Predicate<Step> also) {
        return STEPS.stream().filter(step -> step.act() == act && inPeriod(step, from, to)).filter(also).count();
    }

    /** kind → {issued, refused, voided, reprinted} in the period. */
    public static Map<String, List<Long>> byKind(LocalDate from, LocalDate to) {
        Map<String, List<Long>> expected = new TreeMap<>();
        Set<String> kinds = new java.util.TreeSet<>();
        STEPS.stream().filter(step -> inPeriod(step, from, to) && Set.of(Act.ISSUE, Act.REFUSE, Act.VOID, Act.REPRINT)
                .contains(step.act())).forEach(step -> kinds.add(kindOf(step)));
        for (String kind : kinds) {
            expected.put(kind, List.of(
                    count(Act.ISSUE, from, to, step -> kindOf(step).equals(kind)),
                    count(Act.REFUSE, from, to, step -> kindOf(step).equals(kind)),
                    count(Act.VOID, from, to, step -> kindOf(step).equals(kind)),
                    count(Act.REPRINT, from, to, step -> kindOf(step).equals(kind))));
        }
        return expected;
    }

    /** month → {issued, refused, voided, reprinted}, every month of the period. */
    public static Map<YearMonth, List<Long>> byMonth(LocalDate from, LocalDate to) {
        Map<YearMonth, List<Long>> expected = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            YearMonth m = month;
            Predicate<Step> inMonth = step -> YearMonth.from(step.at()).equals(m);
            expected.put(month, List.of(count(Act.ISSUE, from, to, inMonth), count(Act.REFUSE, from, to, inMonth),
                    count(Act.VOID, from, to, inMonth), count(Act.REPRINT, from, to, inMonth)));
        }
        return expected;
    }

    /** The steps that are open and past their due date at the end of {@code asOf} (R09). */
    public static List<Step> overdueAt(LocalDate asOf) {
        return STEPS.stream().filter(step -> step.act() == Act.OPEN)
                .filter(step -> !step.at().toLocalDate().isAfter(asOf) && step.due().isBefore(asOf))
                .filter(step -> STEPS.stream().noneMatch(later -> later.act() == Act.VOID
                        && STEPS.get(later.ref()) == step && !later.at().toLocalDate().isAfter(asOf)))
                .toList();
    }

    /**
     * police number → {created, overridesCreated, printed, issued, refused, voided, reprinted,
     * approved, rejected} in the period.
     */
    public static Map<String, List<Long>> byOfficer(LocalDate from, LocalDate to) {
        Map<String, long[]> tally = new TreeMap<>();
        for (Step step : STEPS) {
            if (!inPeriod(step, from, to)) {
                continue;
            }
            long[] by = tally.computeIfAbsent(step.by(), key -> new long[9]);
            switch (step.act()) {
                case ISSUE -> {
                    by[0]++;
                    by[1] += step.route().override() ? 1 : 0;
                    by[2]++;
                    by[3]++;
                    if (step.approver() != null) {
                        tally.computeIfAbsent(step.approver(), key -> new long[9])[7]++;
                    }
                }
                case OPEN -> by[0]++;
                case REJECTED -> {
                    by[0]++;
                    by[1] += step.route().override() ? 1 : 0;
                    tally.computeIfAbsent(step.approver(), key -> new long[9])[8]++;
                }
                case REFUSE -> by[4]++;
                case VOID -> by[5]++;
                case REPRINT -> by[6]++;
            }
        }
        Map<String, List<Long>> expected = new TreeMap<>();
        tally.forEach((officer, counts) -> expected.put(officer, java.util.Arrays.stream(counts).boxed().toList()));
        return expected;
    }
}
