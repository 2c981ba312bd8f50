package cn.certdesk.domain.statistics;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationEvents;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CertificateGroup;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.OfficerRepository;
import cn.certdesk.domain.officer.Permission;
import cn.certdesk.domain.printing.CertificatePrinting;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.domain.record.RecordEventLog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R15, R17: the supervision statistics of a period, computed from the append-only event log —
 * never from the mutable projection — so that nothing an officer did can disappear from them.
 *
 * <p>What is counted, each on the desk-local day of its event:
 * <ul>
 * <li><b>issued</b>: {@code issued} events (the officer confirmed the paper came out), by the
 *     application's kind and route; a certificate voided later still counts as issued on its day
 *     and as voided on the day of the void;</li>
 * <li><b>refused</b>: {@code refusal-recorded} events, by the kind asked (or outside the catalogue);
 *     those whose asked kind was in the issue group are listed as 应开不开 (R15);</li>
 * <li><b>voided</b> / <b>reprinted</b>: {@code voided} / {@code reprinted} events;</li>
 * <li><b>overdue</b>: applications open at the end of the as-of day (the period's last day, or
 *     today if earlier) whose due date lies before it (R09), replayed from the events up to that day;</li>
 * <li><b>per officer</b>: the events each officer recorded in the period.</li>
 * </ul>
 * Not thread-safe: the store's thread.
 */
public final class StatisticsService {

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsService.class);
    private static final int PAGE = 2_000;
    /** Events after which an application is no longer open (ApplicationStatus.open()). */
    private static final java.util.Set<String> CLOSING = java.util.Set.of(CertificatePrinting.ISSUED,
            ApplicationEvents.VOIDED, ApplicationEvents.REJECTED);

    private final RecordEventLog events;
    private final Catalogue catalogue;
    private final OfficerRepository officers;
    private final Clock clock;
    private final ApplicationEvents codec = new ApplicationEvents();
    private final Map<UUID, OfficerRef> officerCache = new HashMap<>();

    public StatisticsService(RecordEventLog events, Catalogue catalogue, OfficerRepository officers, Clock clock) {
        this.events = events;
        this.catalogue = catalogue;
        this.officers = officers;
        this.clock = clock;
    }

    /**
     * The figures of {@code period}; only an officer with {@link Permission#VIEW_STATISTICS} (the
     * station head) may ask.
     */
    public StatisticsReport compute(Officer viewer, StatisticsPeriod period) {
        if (!viewer.may(Permission.VIEW_STATISTICS)) {
            throw new CertDeskException("permission.denied");
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = period.to().isAfter(today) ? today : period.to();
        Tally tally = new Tally(period);

        Map<UUID, List<RecordEvent>> applications = new LinkedHashMap<>();
        List<RecordEvent> refusals = new ArrayList<>();
        java.util.Set<UUID> foundByVerification = new java.util.HashSet<>();
        long cursor = 0;
        int read = 0;
        while (true) {
            List<RecordEvent> page = events.after(cursor, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (RecordEvent event : page) {
                if (CertificatePrinting.AGGREGATE.equals(event.aggregateType())) {
                    applications.computeIfAbsent(event.aggregateId(), key -> new ArrayList<>()).add(event);
                } else if (ApplicationEvents.REFUSAL_AGGREGATE.equals(event.aggregateType())
                        && ApplicationEvents.REFUSAL_RECORDED.equals(event.eventType())) {
                    refusals.add(event);
                } else if (ApplicationEvents.REFUSAL_AGGREGATE.equals(event.aggregateType())
                        && cn.certdesk.domain.verification.NcrVerification.RECORDED_EVENT.equals(event.eventType())) {
                    foundByVerification.add(event.aggregateId());
                }
            }
            read += page.size();
            cursor = page.get(page.size() - 1).sequence();
        }
        for (RecordEvent refusal : refusals) {
            countRefusal(tally, refusal, foundByVerification.contains(refusal.aggregateId()));
        }
        List<StatisticsReport.OverdueApplication> overdue = new ArrayList<>();
        for (List<RecordEvent> aggregate : applications.values()) {
            if (!ApplicationEvents.CREATED.equals(aggregate.get(0).eventType())) {
                continue; // print events of something that is not an application of this version
            }
            ApplicationEvents.Created created = codec.read(aggregate.get(0), ApplicationEvents.Created.class);
            countApplication(tally, aggregate, created);
            overdueAt(aggregate, created, asOf).ifPresent(overdue::add);
        }
        overdue.sort(Comparator.comparing(StatisticsReport.OverdueApplication::dueDate)
                .thenComparing(StatisticsReport.OverdueApplication::certificateNumber));
        StatisticsReport report = tally.report(asOf, overdue);
        LOG.info("Statistics {}..{} computed from {} events in {} ms", period.from(), period.to(), read,
                (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    private LocalDate day(RecordEvent event) {
        return LocalDate.ofInstant(event.occurredAt(), clock.getZone());
    }

    /**
     * @param recordFound the refusal ends a no-criminal-record verification that found a record
     *                    (R12): refusing is then the rule, not a wrongful refusal of an issuable kind
     */
    private void countRefusal(Tally tally, RecordEvent event, boolean recordFound) {
        LocalDate on = day(event);
        if (!tally.period.includes(on)) {
            return;
        }
        ApplicationEvents.RefusalRecorded refusal = codec.read(event, ApplicationEvents.RefusalRecorded.class);
        String kindCode = refusal.kindAsked() == null ? ApplicationEvents.OUTSIDE_CATALOGUE : refusal.kindAsked();
        tally.kind(kindCode, refusal.group(), Counts::plusRefused);
        tally.month(on, Counts::plusRefused);
        OfficerTally officer = tally.officer(event.officerId().orElse(refusal.officer()));
        officer.refused++;
        // R15 应开不开: the group recorded at the time of the refusal is the fact that counts.
        if (CertificateGroup.ISSUE.code().equals(refusal.group()) && !recordFound) {
            tally.issuableRefusals.add(new StatisticsReport.IssuableRefusal(on, kindCode, kindName(kindCode),
                    officer(officer.id), refusal.reasonShown()));
        }
    }

    private void countApplication(Tally tally, List<RecordEvent> aggregate, ApplicationEvents.Created created) {
        String kindCode = created.kindCode();
        String group = catalogue.byCode(kindCode).map(kind -> kind.group().code()).orElse(null);
        Optional<UUID> approvedBy = Optional.empty();
        for (RecordEvent event : aggregate) {
            if (ApplicationEvents.APPROVED.equals(event.eventType())) {
                approvedBy = Optional.of(codec.read(event, ApplicationEvents.Approved.class).by());
            }
            LocalDate on = day(event);
            if (!tally.period.includes(on)) {
                continue;
            }
            Optional<OfficerTally> officer = event.officerId().map(tally::officer);
            switch (event.eventType()) {
                case ApplicationEvents.CREATED -> officer.ifPresent(o -> {
                    o.created++;
                    if (created.route().override()) {
                        o.overridesCreated++;
                    }
                });
                case ApplicationEvents.APPROVED -> officer.ifPresent(o -> o.approved++);
                case ApplicationEvents.REJECTED -> officer.ifPresent(o -> o.rejected++);
                case CertificatePrinting.PRINT_SENT -> officer.ifPresent(o -> o.printed++);
                case CertificatePrinting.ISSUED -> {
                    officer.ifPresent(o -> o.issued++);
                    tally.kind(kindCode, group, Counts::plusIssued);
                    tally.month(on, Counts::plusIssued);
                    tally.issuedByRoute.merge(created.route(), 1, Integer::sum);
                    if (created.route().override()) { // R13, R14: counted separately (R15)
                        tally.overrideIssuances.add(new StatisticsReport.OverrideIssuance(on,
                                created.certificateNumber(), kindCode, kindName(kindCode), created.route(),
                                officer(aggregate.get(0).officerId().orElseThrow()),
                                approvedBy.map(this::officer).orElse(null)));
                    }
                }
                case ApplicationEvents.VOIDED -> {
                    officer.ifPresent(o -> o.voided++);
                    tally.kind(kindCode, group, Counts::plusVoided);
                    tally.month(on, Counts::plusVoided);
                }
                case ApplicationEvents.REPRINTED -> {
                    officer.ifPresent(o -> o.reprinted++);
                    tally.kind(kindCode, group, Counts::plusReprinted);
                    tally.month(on, Counts::plusReprinted);
                }
                default -> {
                    // approval requested, print failed, events of a later version: no figure
                }
            }
        }
    }

    /** R09: the application as it stood at the end of {@code asOf}, if it was open and late then. */
    private Optional<StatisticsReport.OverdueApplication> overdueAt(List<RecordEvent> aggregate,
            ApplicationEvents.Created created, LocalDate asOf) {
        if (!LocalDate.parse(created.dueDate()).isBefore(asOf)) {
            return Optional.empty();
        }
        int upTo = 0;
        while (upTo < aggregate.size() && !day(aggregate.get(upTo)).isAfter(asOf)) {
            if (CLOSING.contains(aggregate.get(upTo).eventType())) {
                return Optional.empty(); // issued, voided or rejected by then: closed, no replay needed
            }
            upTo++;
        }
        if (upTo == 0) {
            return Optional.empty();
        }
        return Application.replay(aggregate.subList(0, upTo), codec)
                .filter(application -> application.overdue(asOf))
                .map(application -> new StatisticsReport.OverdueApplication(application.number().text(),
                        application.kindCode(), kindName(application.kindCode()), officer(application.createdBy()),
                        application.createdOn(), application.due().date(),
                        ChronoUnit.DAYS.between(application.due().date(), asOf), application.status().name()));
    }

    private String kindName(String kindCode) {
        if (ApplicationEvents.OUTSIDE_CATALOGUE.equals(kindCode)) {
            return null;
        }
        return catalogue.byCode(kindCode).map(CertificateKind::name).orElse(kindCode);
    }

    private OfficerRef officer(UUID id) {
        return officerCache.computeIfAbsent(id, key -> officers.findById(key)
                .map(found -> new OfficerRef(found.id(), found.policeNumber(), found.name()))
                .orElseGet(() -> new OfficerRef(key, "", key.toString().substring(0, 8))));
    }

    private static final class OfficerTally {
        private final UUID id;
        private int created;
        private int overridesCreated;
        private int printed;
        private int issued;
        private int refused;
        private int voided;
        private int reprinted;
        private int approved;
        private int rejected;

        OfficerTally(UUID id) {
            this.id = id;
        }
    }

    /** The running counts of one computation. */
    private final class Tally {
        private final StatisticsPeriod period;
        private final Map<String, Counts> kinds = new HashMap<>();
        private final Map<String, String> groups = new HashMap<>();
        private final Map<YearMonth, Counts> months = new LinkedHashMap<>();
        private final Map<Route, Integer> issuedByRoute = new EnumMap<>(Route.class);
        private final Map<UUID, OfficerTally> officerTallies = new LinkedHashMap<>();
        private final List<StatisticsReport.IssuableRefusal> issuableRefusals = new ArrayList<>();
        private final List<StatisticsReport.OverrideIssuance> overrideIssuances = new ArrayList<>();

        Tally(StatisticsPeriod period) {
            this.period = period;
            for (YearMonth month : period.months()) {
                months.put(month, Counts.ZERO);
            }
            for (CertificateKind kind : catalogue.inGroup(CertificateGroup.ISSUE)) {
                kinds.put(kind.code(), Counts.ZERO);
                groups.put(kind.code(), kind.group().code());
            }
        }

        void kind(String kindCode, String group, java.util.function.UnaryOperator<Counts> change) {
            kinds.put(kindCode, change.apply(kinds.getOrDefault(kindCode, Counts.ZERO)));
            if (group != null) {
                groups.putIfAbsent(kindCode, group);
            }
        }

        void month(LocalDate on, java.util.function.UnaryOperator<Counts> change) {
            months.computeIfPresent(YearMonth.from(on), (key, counts) -> change.apply(counts));
        }

        OfficerTally officer(UUID id) {
            return officerTallies.computeIfAbsent(id, OfficerTally::new);
        }

        StatisticsReport report(LocalDate asOf, List<StatisticsReport.OverdueApplication> overdue) {
            List<String> order = catalogue.all().stream().map(CertificateKind::code).toList();
            List<StatisticsReport.KindRow> byKind = kinds.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Counts> entry) -> rank(order, entry.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .map(entry -> new StatisticsReport.KindRow(entry.getKey(), kindName(entry.getKey()),
                            ApplicationEvents.OUTSIDE_CATALOGUE.equals(entry.getKey())
                                    ? ApplicationEvents.OUTSIDE_CATALOGUE : groups.get(entry.getKey()),
                            entry.getValue()))
                    .toList();
            Counts totals = byKind.stream().map(StatisticsReport.KindRow::counts).reduce(Counts.ZERO, Counts::plus);
            List<StatisticsReport.MonthRow> byMonth = months.entrySet().stream()
                    .map(entry -> new StatisticsReport.MonthRow(entry.getKey(), entry.getValue())).toList();
            List<StatisticsReport.RouteRow> routes = java.util.Arrays.stream(Route.values())
                    .map(route -> new StatisticsReport.RouteRow(route, issuedByRoute.getOrDefault(route, 0)))
                    .toList();
            List<StatisticsReport.OfficerRow> officerRows = officerTallies.values().stream()
                    .map(t -> new StatisticsReport.OfficerRow(StatisticsService.this.officer(t.id), t.created,
                            t.overridesCreated, t.printed, t.issued, t.refused, t.voided, t.reprinted, t.approved,
                            t.rejected))
                    .sorted(Comparator.comparing((StatisticsReport.OfficerRow row) -> row.officer().policeNumber())
                            .thenComparing(row -> row.officer().id()))
                    .toList();
            List<StatisticsReport.IssuableRefusal> refusals = issuableRefusals.stream()
                    .sorted(Comparator.comparing(StatisticsReport.IssuableRefusal::on)).toList();
            List<StatisticsReport.OverrideIssuance> overrides = overrideIssuances.stream()
                    .sorted(Comparator.comparing(StatisticsReport.OverrideIssuance::issuedOn)
                            .thenComparing(StatisticsReport.OverrideIssuance::certificateNumber))
                    .toList();
            return new StatisticsReport(period, asOf, clock.instant(), totals, routes, byKind, byMonth, refusals,
                    overrides, overdue, officerRows);
        }

        private int rank(List<String> order, String kindCode) {
            int index = order.indexOf(kindCode);
            if (ApplicationEvents.OUTSIDE_CATALOGUE.equals(kindCode)) {
                return Integer.MAX_VALUE;
            }
            return index < 0 ? Integer.MAX_VALUE - 1 : index;
        }
    }
}
