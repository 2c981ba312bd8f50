package cn.certdesk.store.application;

import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.NewApplication;
import cn.certdesk.domain.application.OverrideCertificate;
import cn.certdesk.domain.application.PrintJob;
import cn.certdesk.domain.application.Stub;
import cn.certdesk.domain.application.TransitionPeriod;
import cn.certdesk.domain.calendar.WorkingDayCalendar;
import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CatalogueReader;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.catalogue.RequiredField;
import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.PasswordHasher;
import cn.certdesk.domain.officer.Role;
import cn.certdesk.domain.printing.CertificatePrinting;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.station.Station;
import cn.certdesk.store.Database;
import cn.certdesk.store.Migrations;
import cn.certdesk.store.SqliteApplicationProjection;
import cn.certdesk.store.SqliteAuditTrail;
import cn.certdesk.store.SqliteCertificateNumberSequence;
import cn.certdesk.store.SqliteDocumentArchive;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.store.SqliteRecordEventLog;
import cn.certdesk.store.SqliteStationRepository;
import cn.certdesk.store.SqliteTransactions;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A real desk for application tests and the crash harness: a SQLite store in a data directory,
 * one station, four officers (household officer, community officer, two station heads), a
 * printer that accepts every job. Opening it again on the same directory reuses what is there.
 */
public final class ApplicationDesk implements AutoCloseable {

    public static final String STATION_CODE = "220102001001";
    public static final String DESK_CODE = "01";
    public static final String PASSWORD = "desk-pass-1234";
    public static final byte[] PDF = "%PDF-1.7 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    public final Database database;
    public final Catalogue catalogue;
    public final Station station;
    public final Officer household;
    public final Officer community;
    public final Officer head;
    public final Officer secondHead;
    /** A station head who is also a community officer: may prepare and approve, never both on one application. */
    public final Officer preparingHead;
    public final SqliteTransactions transactions;
    public final SqliteRecordEventLog events;
    public final ApplicationService applications;
    /** The officers' accounts (password re-entry, lock-out); every officer's password is {@link #PASSWORD}. */
    public final AccountService accounts;
    /** The desk's audit trail (R15), written in the same transactions as the events. */
    public final SqliteAuditTrail audit;

    private ApplicationDesk(Path dataDirectory, Clock clock, LocalDate transitionLastDay) {
        database = Database.open(dataDirectory.resolve(Database.FILE_NAME), clock, Migrations.bundled());
        catalogue = new CatalogueReader().readBundled();
        transactions = new SqliteTransactions(database);
        SqliteStationRepository stations = new SqliteStationRepository(database);
        SqliteOfficerRepository officers = new SqliteOfficerRepository(database);
        PasswordHasher hasher = new PasswordHasher(256, 1, 1, new SecureRandom());
        station = transactions.inTransaction(() -> stations.find().orElseGet(() -> {
            Station created = new Station(UUID.randomUUID(), STATION_CODE, "自强派出所", "220102", DESK_CODE, false);
            stations.insert(created, clock.instant());
            return created;
        }));
        household = officer(transactions, officers, hasher, clock, "100001", "户籍甲", Role.HOUSEHOLD_OFFICER);
        community = officer(transactions, officers, hasher, clock, "100002", "社区乙", Role.COMMUNITY_OFFICER);
        head = officer(transactions, officers, hasher, clock, "100003", "所长丙", Role.STATION_HEAD);
        secondHead = officer(transactions, officers, hasher, clock, "100004", "教导员丁", Role.STATION_HEAD);
        preparingHead = officer(transactions, officers, hasher, clock, "100005", "副所长戊", Role.STATION_HEAD,
                Role.COMMUNITY_OFFICER);
        audit = new SqliteAuditTrail(database, clock);
        accounts = new AccountService(officers, hasher, clock, audit);
        events = new SqliteRecordEventLog(database, clock);
        CertificatePrinting printing = new CertificatePrinting(new AcceptingPrinter(), events, transactions, clock,
                audit);
        applications = new ApplicationService(events, new SqliteCertificateNumberSequence(database, clock),
                transactions, WorkingDayCalendar.loadBundled(), clock, catalogue, station,
                new SqliteApplicationProjection(database), printing, new TransitionPeriod(transitionLastDay),
                new SqliteDocumentArchive(database, clock), audit);
    }

    public static ApplicationDesk open(Path dataDirectory, Clock clock) {
        return new ApplicationDesk(dataDirectory, clock, LocalDate.of(2026, 12, 31));
    }

    public static ApplicationDesk open(Path dataDirectory, Clock clock, LocalDate transitionLastDay) {
        return new ApplicationDesk(dataDirectory, clock, transitionLastDay);
    }

    private static Officer officer(SqliteTransactions transactions, SqliteOfficerRepository officers,
            PasswordHasher hasher, Clock clock, String policeNumber, String name, Role... roles) {
        return transactions.inTransaction(() -> officers.findByPoliceNumber(policeNumber).orElseGet(() -> {
            Officer officer = new Officer(UUID.randomUUID(), policeNumber, name, Set.of(roles),
                    hasher.hash(PASSWORD.toCharArray()), 0, Optional.empty(), true, false);
            officers.insert(officer, clock.instant());
            return officer;
        }));
    }

    /** An application of {@code kindCode} with every required field filled and a signed stub. */
    public NewApplication application(String kindCode, String name, String idNumber) {
        CertificateKind kind = catalogue.byCode(kindCode).orElseThrow();
        Map<String, String> fields = new LinkedHashMap<>();
        // a kind the station does not issue goes only through an override (R13, R14): the general certificate's fields
        for (RequiredField field : kind.issuable() ? kind.requiredFields() : OverrideCertificate.FIELDS) {
            fields.put(field.id(), "值");
        }
        return NewApplication.of(kindCode, Applicant.manualEntry(name, idNumber), fields,
                new Stub("13900000000", "signature-scan-1"));
    }

    public static PrintJob printJob() {
        return new PrintJob("desk-printer", 1, PDF, "kinship", 1);
    }

    @Override
    public void close() {
        database.close();
    }

    /** A print system that takes every job. */
    public static final class AcceptingPrinter implements PrinterGateway {

        @Override
        public List<String> printers() {
            return List.of("desk-printer");
        }

        @Override
        public Optional<String> defaultPrinter() {
            return Optional.of("desk-printer");
        }

        @Override
        public PrintOutcome print(String printer, byte[] pdf, int copies, String jobName) {
            return new Sent(printer);
        }
    }
}
